namespace Sermo.Ingest.Anonymization.Learned;

/// <summary>
/// Runs after the rule detectors: each word they left that <see cref="NameTokenFeatures.IsCandidate"/> admits is scored by
/// the learned model, and a word at or above its threshold becomes [NAME], or [CITY] where the context is a place's.
/// Clinical words (drug, disease, eponym lexicons) are never candidates, so the model cannot cost clinical retention there.
/// </summary>
internal sealed class LearnedNameDetector(NameTokenModel model)
{
    [ThreadStatic]
    private static List<int>? _threadFeatures;

    // Per thread and reused, as TokenIndex's buffers: renting from ArrayPool<TokenCover>.Shared made a pool of its own whose
    // trim callback runs on the finalizer thread after every gen-2 collection (decision 068).
    [ThreadStatic]
    private static TokenCover[]? _threadCover;

    /// <summary>How much lower the threshold is for an unlisted capitalised word after a place preposition (decision 214: 0.2 and 0.3 gave the same rotation).</summary>
    internal const double PlaceSlotThresholdDiscount = 0.2;

    public NameTokenModel Model { get; } = model;

    public void Detect(TokenIndex index, List<Detection> candidates)
    {
        var count = index.Tokens.Count;
        if (count == 0)
        {
            return;
        }

        var coverArray = _threadCover is { } cached && cached.Length >= count ? cached : (_threadCover = new TokenCover[Math.Max(256, count * 2)]);
        var cover = coverArray.AsSpan(0, count);
        MarkCover(index, candidates, cover);
        var features = _threadFeatures ??= new List<int>(96);
        for (var i = 0; i < count; i++)
        {
            if (!NameTokenFeatures.IsCandidate(index, i, cover))
            {
                continue;
            }

            NameTokenFeatures.Extract(index, i, cover, features);
            var score = Model.Score(features);
            if (score >= Model.Threshold || (score >= Model.Threshold - PlaceSlotThresholdDiscount && IsUnlistedWordAfterPlacePreposition(index, i)))
            {
                var token = index.Tokens[i];
                candidates.Add(new Detection(token.Start, token.End, IsPlace(index, i, cover) ? PhiType.City : PhiType.Name, 1));
            }
        }
    }

    /// <summary>Which tokens the rule detectors' candidates overlap, and as what (name, place, anything else).</summary>
    public static void MarkCover(TokenIndex index, List<Detection> candidates, Span<TokenCover> cover)
    {
        cover.Clear();
        if (candidates.Count == 0)
        {
            return;
        }

        var tokens = index.Tokens;
        foreach (var candidate in candidates)
        {
            var kind = candidate.Type switch
            {
                PhiType.Name or PhiType.Mention => TokenCover.Name,
                PhiType.City or PhiType.Address or PhiType.Zip => TokenCover.Place,
                _ => TokenCover.Other,
            };
            var i = FirstTokenEndingAfter(tokens, candidate.Start);
            for (; i < tokens.Count && tokens[i].Start < candidate.End; i++)
            {
                if (cover[i] == TokenCover.None || kind == TokenCover.Name)
                {
                    cover[i] = kind;
                }
            }
        }
    }

    // A place preposition before the word (or before the capitalised run it closes), or a state after a comma: "from Iron
    // River", "in Peculiar", "Sardis, MS". Everything else the model finds is read as a person.
    private static bool IsPlace(TokenIndex index, int i, ReadOnlySpan<TokenCover> cover)
    {
        var first = i;
        while (first > 0 && char.IsUpper(index.Text[index.Tokens[first - 1].Start]) && index.Tokens[first].Start - index.Tokens[first - 1].End == 1)
        {
            first--;
        }

        if (first > 0 && (index.Kinds[first - 1] & WordKind.PlacePreposition) != 0)
        {
            return true;
        }

        var next = i + 1;
        if (next < index.Tokens.Count && (cover[next] == TokenCover.Place || (index.Kinds[next] & WordKind.Institution) != 0))
        {
            return true;
        }

        var token = index.Tokens[i];
        return next < index.Tokens.Count && token.PossessiveEnd < index.Text.Length && index.Text[token.PossessiveEnd] == ','
            && (index.Kinds[next] & WordKind.State) != 0;
    }

    // "moved here from Heartland", "works at Compassus": a capitalised word right after in/from/at/near that no name, name-word or
    // English list holds is taken at a lower score (decision 214). Pooled over the rotation, 47 missed one-word places scored 0.5-0.8
    // against the 0.80 threshold, most after a place preposition; the same score elsewhere is no place. Asked only for a word scored
    // just under the threshold; kinds first (array reads), the English list only for the words left.
    private static bool IsUnlistedWordAfterPlacePreposition(TokenIndex index, int i) =>
        i > 0 && (index.Kinds[i - 1] & WordKind.PlacePreposition) != 0 && char.IsUpper(index.Text[index.Tokens[i].Start])
        && (index.Kinds[i] & (WordKind.FirstName | WordKind.Surname | WordKind.NameWord)) == 0 && !index.IsEnglishWord(i);

    private static int FirstTokenEndingAfter(List<NameToken> tokens, int position)
    {
        int low = 0, high = tokens.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (tokens[middle].End <= position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
