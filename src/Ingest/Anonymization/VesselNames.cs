using System.Buffers;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A ship or boat named after its prefix (round 45, decision 290): "deckhand off the F/V Mary Ellen", "medevac off the FV Bering
/// Pride", "MV Nordic Tern", "USS Independence 1969-71", and a cruise ship of the "of the Seas" line ("galley on the Serenade of the
/// Seas"). Pooled over the rotation (rounds 10-41) these were places without a head noun in seven rounds, by hand and generated:
/// no list holds a vessel's name and its words are English ("Northern Dawn", "Sea Wolf"). The prefix says what follows is a name,
/// so the prefix and one to three title-case words after it (a lone capital may close the name: "Jenny B") become one place.
/// Guards: a clinical, month, holiday, title or cue word opens no name ("MV Repair"), but "Miss" does ("F/V Miss Addie"); the prefix must be written in capitals.
/// Cost (decision 300): one vectorised search of the post for the prefixes' words and one for "Seas"; the walks over the tokens
/// only in a post that holds one (about 1 % of forum posts, by "MV").
/// </summary>
internal static class VesselNames
{
    private const int MaxWords = 3;

    private const WordKind NeverAName = WordKind.Clinical | WordKind.Month | WordKind.Holiday | WordKind.Title | WordKind.PersonCue
        | WordKind.PlacePreposition | WordKind.TimePreposition | WordKind.HeadNoun | WordKind.Institution;

    // Exact gates: every prefix is one of these tokens ("F/V" is "F", "/", "V": its "V" follows the slash), and a token's word is
    // a substring of the post, so a post with none of them has no prefix.
    private static readonly SearchValues<string> PrefixWords = SearchValues.Create(["FV", "MV", "USS", "HMS", "/V"], StringComparison.Ordinal);

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        if (text.AsSpan().ContainsAny(PrefixWords))
        {
            Prefixed(index, found);
        }

        if (text.Contains("Seas", StringComparison.Ordinal))
        {
            SeasShips(index, found);
        }
    }

    private static void Prefixed(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        var tokens = index.Tokens;
        for (var k = 0; k < tokens.Count - 1; k++)
        {
            var token = tokens[k];
            if (token.Length > 3 || !char.IsUpper(text[token.Start]))
            {
                continue;
            }

            if (PrefixEnd(index, k) is not { } last || last + 1 >= tokens.Count || FoundTokens.Gap(index, last, last + 1) is not " ")
            {
                continue;
            }

            if (NameEnd(index, last + 1) is { } end)
            {
                FoundTokens.AddUncut(found, new Detection(token.Start, tokens[end].End, PhiType.City, 6));
                k = end;
            }
        }
    }

    // "FV", "MV", "USS", "HMS" as one token; "F/V", "M/V" as two joined by a slash. The last token of the prefix, or null.
    private static int? PrefixEnd(TokenIndex index, int k)
    {
        var word = FoundTokens.Word(index, k);
        if (word is "FV" or "MV" or "USS" or "HMS")
        {
            return k;
        }

        return word is "F" or "M" && FoundTokens.Gap(index, k, k + 1) is "/" && FoundTokens.Word(index, k + 1) is "V" ? k + 1 : null;
    }

    // One to three title-case words one space apart; a lone capital may close them ("Jenny B").
    private static int? NameEnd(TokenIndex index, int first)
    {
        var word = FoundTokens.Word(index, first);
        if (!FoundTokens.IsTitleCase(word) || ((index.Kinds[first] & NeverAName) != 0 && word is not "Miss")) // "F/V Miss Addie"
        {
            return null;
        }

        var last = first;
        for (var k = first + 1; k < index.Tokens.Count && k - first < MaxWords && FoundTokens.Gap(index, k - 1, k) is " "; k++)
        {
            word = FoundTokens.Word(index, k);
            if (word.Length == 1 && char.IsUpper(word[0]))
            {
                return k;
            }

            if (!FoundTokens.IsTitleCase(word) || (index.Kinds[k] & NeverAName) != 0)
            {
                break;
            }

            last = k;
        }

        return last;
    }

    // "Serenade of the Seas", "Oasis of the Seas": the cruise line's names are words, the line's closing words say a ship.
    private static void SeasShips(TokenIndex index, List<Detection> found)
    {
        var tokens = index.Tokens;
        for (var k = 3; k < tokens.Count; k++)
        {
            if (tokens[k].Length != 4 || FoundTokens.Word(index, k) is not "Seas" || FoundTokens.Word(index, k - 1) is not "the"
                || FoundTokens.Word(index, k - 2) is not "of" || !FoundTokens.IsTitleCase(FoundTokens.Word(index, k - 3)))
            {
                continue;
            }

            FoundTokens.AddUncut(found, new Detection(tokens[k - 3].Start, tokens[k].End, PhiType.City, 6));
        }
    }
}
