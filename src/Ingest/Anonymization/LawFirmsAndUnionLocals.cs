using System.Buffers;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 48 (decision 315): a law firm named by its partners and its firm suffix, and a union local by its union and number:
/// "Abernathy Voss LLP", "Kline, Odum, Ware &amp; Pike LLP", "Harlow Tesch PLLC", "Brightwater &amp; Associates", "Ridgeview Pulmonary
/// Associates", "SEIU Local 512", "Teamsters Local 88". A physician sued, subpoenaed or asked to be a witness names the firm, and
/// a physician at a strike names the local; the other rules read the partners as names and leave the suffix, or the number and
/// leave the union. Over every readable gold set the firms are labelled whole 12 of 12 (rounds 20, 27, 40, 41 and 45; all but one
/// missed before) and the locals 8 of 8 in round 45 (rounds 24 and 39 label a local's number alone, which the whole span covers).
/// The partners: up to five capitalised words, single spaces between, "&amp;" or "and" between the last two and commas before them
/// only in such a list; openers ("The", "At", "From") end the walk. "Associates" needs "&amp;" or two capitalised words before it
/// ("our Physician Associates" stays); a local needs a capitalised word before "Local" and one to five digits after it. Found by
/// one vectorised search of the post for the suffixes with their space.
/// </summary>
internal static class LawFirmsAndUnionLocals
{
    private const int MaxRunWords = 5;

    private const int MaxLocalDigits = 5;

    private static readonly SearchValues<string> SuffixValues = SearchValues.Create([" LLP", " PLLC", " Associates", " Local "], StringComparison.Ordinal);

    // Openers and articles at the run's front are not the firm's name: "from the Abernathy Voss LLP office" labels from "Abernathy".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenerWords = new HashSet<string>(
        ["A", "An", "The", "This", "That", "Our", "Their", "His", "Her", "My", "Your", "At", "From", "To", "In", "Of", "By", "For", "With", "Re", "Dear", "Sorry", "No"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(string text, List<Detection> found)
    {
        var hits = new CueHits(text, SuffixValues);
        while (hits.Next(out var space))
        {
            var suffixEnd = space + 1;
            while (suffixEnd < text.Length && char.IsAsciiLetter(text[suffixEnd]))
            {
                suffixEnd++;
            }

            hits.From = suffixEnd;
            var suffix = text.AsSpan(space + 1, suffixEnd - space - 1);
            var isLocal = suffix.SequenceEqual("Local");
            var end = isLocal ? LocalNumberEnd(text, suffixEnd + 1) : suffixEnd;
            if (end < 0 || RegexScan.IsWordChar(text, end) || !(isLocal || suffix.SequenceEqual("LLP") || suffix.SequenceEqual("PLLC") || suffix.SequenceEqual("Associates")))
            {
                continue;
            }

            var (start, words, joined) = PartnersStart(text, space);
            var enough = text[space + 1] == 'A' ? joined || words >= 2 : words >= 1;
            if (enough)
            {
                found.Add(new Detection(start, end, PhiType.City, 1));
                hits.From = end;
            }
        }
    }

    // The end of a local's number: "1199", "727"; -1 when none, when it is too long, when it runs on ("48.5", "21st") or when it
    // is a dose ("Local 1% lidocaine", "Local 5 mL").
    private static int LocalNumberEnd(string text, int at)
    {
        var end = at;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        var runsOn = end + 1 < text.Length && text[end] is '.' or ',' && char.IsAsciiDigit(text[end + 1]);
        var rest = text.AsSpan(end);
        var isDose = rest.StartsWith("%", StringComparison.Ordinal) || rest.StartsWith(" m", StringComparison.Ordinal) || rest.StartsWith(" cc", StringComparison.Ordinal);
        return end - at is >= 1 and <= MaxLocalDigits && !runsOn && !isDose ? end : -1;
    }

    // Where the capitalised words before the suffix start, how many there are and whether "&" or "and" joined two of them.
    private static (int Start, int Words, bool Joined) PartnersStart(string text, int space)
    {
        var start = space;
        var words = 0;

        // "Wakefield & Associates": the suffix joined straight to the one partner.
        var joined = text.AsSpan(0, space).EndsWith(" &", StringComparison.Ordinal);
        var cursor = joined ? space - 2 : space;
        while (words < MaxRunWords && cursor > 0)
        {
            var wordStart = RegexScan.NameWordStartBefore(text, cursor);
            var word = text.AsSpan(wordStart, cursor - wordStart);
            if (word.IsEmpty || !char.IsUpper(word[0]) || OpenerWords.Contains(word))
            {
                break;
            }

            start = wordStart;
            words++;
            cursor = JoinBefore(text, wordStart, ref joined);
            if (cursor < 0)
            {
                break;
            }
        }

        return (start, words, joined);
    }

    // The index of the space before the next word back, past " & ", " and " or (in a partners' list already joined) ", ";
    // -1 when the word before is not joined to this one.
    private static int JoinBefore(string text, int wordStart, ref bool joined)
    {
        var before = text.AsSpan(0, wordStart);
        if (before.EndsWith(" & ", StringComparison.Ordinal))
        {
            joined = true;
            return wordStart - 3;
        }

        if (before.EndsWith(" and ", StringComparison.Ordinal))
        {
            joined = true;
            return wordStart - 5;
        }

        if (joined && before.EndsWith(", ", StringComparison.Ordinal))
        {
            return wordStart - 2;
        }

        return before.EndsWith(' ') && !before.EndsWith("  ", StringComparison.Ordinal) ? wordStart - 1 : -1;
    }
}
