using System.Buffers;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 51 (decision 348): the party after "v." in a lawsuit's caption, a hospital or practice named without its head noun:
/// "deposition in Okafor v. Mercy West, case CV-...", "Estate of Petrosyan v. Glendale Adventist et al.", "Kauffman v. Keystone
/// Ortho". A physician sued, deposed or retained names the case by its caption; the name rules read the plaintiff and leave a
/// defendant that is an institution. Pooled over the rotation (rounds 10-47) 11 misses of the places without a head noun in
/// rounds 20, 23, 27 and 40; over those rounds' gold posts the words after a lower-case "v." between two capitalised parties
/// were an identifier 23 times and never not one. "vs" is left alone: it is how physicians compare drugs and diagnoses
/// ("Plavix vs Brilinta"). One to four capitalised words ("of", "and", "&amp;" between two of them), ending at a mark, "et al"
/// or a lower-case word; only where no other rule found a span (a defendant who is a person is the name rules'). Cost
/// (decisions 093, 300): one vectorised ordinal search of the post for " v. "; the words read only at a hit.
/// </summary>
internal static class CaseCaptionDefendants
{
    private const int MaxWords = 4;

    private static readonly SearchValues<string> CaptionValues = SearchValues.Create([" v. "], StringComparison.Ordinal);

    public static void Detect(string text, List<Detection> found)
    {
        var hits = new CueHits(text, CaptionValues);
        while (hits.Next(out var at))
        {
            hits.From = at + 4;
            if (at == 0 || !char.IsLetter(text[at - 1]))
            {
                continue; // "Factor v. 2", "(v. 3)": not a caption
            }

            var start = at + 4;
            var end = DefendantEnd(text, start);
            if (end > start)
            {
                found.AddIfFree(new Detection(start, end, PhiType.City, 1));
                hits.From = end;
            }
        }
    }

    // The end of one to four capitalised words from <paramref name="start"/>, single spaces between and "of", "and", "&" joining
    // two of them; <paramref name="start"/> when the first is not capitalised.
    private static int DefendantEnd(string text, int start)
    {
        var end = start;
        var words = 0;
        var cursor = start;
        while (words < MaxWords && cursor < text.Length && char.IsUpper(text[cursor]))
        {
            var wordEnd = cursor;
            while (wordEnd < text.Length && (char.IsLetter(text[wordEnd]) || text[wordEnd] is '\'' or '-'))
            {
                wordEnd++;
            }

            end = wordEnd;
            words++;
            cursor = NextWordAfterJoin(text, wordEnd);
            if (cursor < 0)
            {
                break;
            }
        }

        return end;
    }

    // Where the next capitalised word starts after a single space, or after " of ", " and ", " & "; -1 when none joins.
    private static int NextWordAfterJoin(string text, int wordEnd)
    {
        var rest = text.AsSpan(wordEnd);
        foreach (var join in (ReadOnlySpan<string>)[" of ", " and ", " & ", " "])
        {
            if (rest.StartsWith(join, StringComparison.Ordinal) && wordEnd + join.Length < text.Length && char.IsUpper(text[wordEnd + join.Length]))
            {
                return wordEnd + join.Length;
            }
        }

        return -1;
    }
}
