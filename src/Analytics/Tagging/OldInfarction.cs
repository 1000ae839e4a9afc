namespace Sermo.Analytics.Tagging;

/// <summary>
/// An infarction the sentence dates beyond four weeks is an old infarction I25.2, not an acute one I21 (round 44,
/// decision 281; the guide's rounds 19, 24 and 25 and decision 280): "an MI 8 months ago", "a heart attack in 2023",
/// "a STEMI last year", "her MI was 12 years ago", "prior NSTEMI", "4 months out from a DES for NSTEMI". ICD-10-CM's I21
/// is the first four weeks; physicians date the event in the words around it rather than write "old". A relative's
/// infarction ("his dad had an MI at 50") keeps its row: a family history is not the patient's old infarction.
/// </summary>
internal static class OldInfarction
{
    private const string OldInfarctionTerm = "old mi";

    // Words right before the infarction that date it as the patient's past. Not "post": "post NSTEMI on DAPT" is written
    // within the year of dual antiplatelet therapy, as often recent as old (two readable sets label it I21.4).
    private static readonly HashSet<string> PastWords = new(StringComparer.Ordinal) { "prior", "previous", "remote", "old", "past" };

    // Units after a count that date beyond four weeks; "weeks" and "days" do not ("NSTEMI two weeks ago" is I21).
    private static readonly HashSet<string> LongUnits = new(StringComparer.Ordinal) { "month", "months", "year", "years", "yr", "yrs", "decade", "decades" };

    // Words after a dated count that put it in the past ("8 months ago", "three years back") or after it ("4 months out").
    private static readonly HashSet<string> AgoWords = new(StringComparer.Ordinal) { "ago", "back", "earlier", "prior", "before", "out" };

    private static readonly HashSet<string> CountWords = new(StringComparer.Ordinal)
    {
        "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "several",
        "many", "few", "some",
    };

    // A relative named in the sentence before the infarction: a family history, not the patient's infarction.
    private static readonly HashSet<string> RelativeWords = new(StringComparer.Ordinal)
    {
        "father", "mother", "dad", "mom", "mum", "brother", "sister", "uncle", "aunt", "grandfather", "grandmother", "son",
        "daughter", "fhx", "family", "sibling", "siblings", "parent", "parents",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PastWord = PastWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LongUnit = LongUnits.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AgoWord = AgoWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CountWord = CountWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RelativeWord = RelativeWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // How many words either side of the infarction the dating is looked for in, within its sentence.
    private const int WordsAfter = 5;
    private const int WordsBefore = 8;

    /// <summary>Relabels, in place, each acute infarction hit (I21) the sentence dates beyond four weeks as I25.2. Reads only I21 hits.</summary>
    public static void Relabel(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits)
    {
        var oldTerm = -2;
        for (var i = 0; i < entityHits.Count; i++)
        {
            var hit = entityHits[i];
            var definition = catalog.Entities[catalog.Terms[hit.TermId].Entity];
            if (definition.Type != EntityType.Disease || !definition.CanonicalId.StartsWith("I21", StringComparison.Ordinal)
                || definition.CanonicalId.StartsWith("I21.A", StringComparison.Ordinal) || !DatedOld(chars, hit.Start, hit.End))
            {
                continue;
            }

            if (oldTerm == -2)
            {
                oldTerm = catalog.TermIdOf(NormalizedText.NormalizeTerm(OldInfarctionTerm));
            }

            if (oldTerm < 0)
            {
                return;
            }

            entityHits[i] = hit with { TermId = oldTerm };
        }
    }

    /// <summary>Whether the words around start..end, within its sentence, date the infarction beyond four weeks and name no relative before it.</summary>
    internal static bool DatedOld(ReadOnlySpan<char> chars, int start, int end)
    {
        var before = SentenceWords(chars, start, -1, WordsBefore);
        foreach (var (s, e) in before)
        {
            if (RelativeWord.Contains(chars[s..e]))
            {
                return false;
            }
        }

        if (before.Count > 0 && PastWord.Contains(chars[before[0].Start..before[0].End]))
        {
            return true;
        }

        if (DatedAfter(chars, before))
        {
            return true;
        }

        // "Beta blockers after MI in 2026", "no romosozumab if MI in the last year": a rule about infarctions, not one dated.
        if (before.Count > 0 && chars[before[0].Start..before[0].End] is "after" or "if")
        {
            return false;
        }

        var after = SentenceWords(chars, end, +1, WordsAfter);
        return DatesPast(chars, after) || DatesPast(chars, Reversed(before));
    }

    // "two years after an NSTEMI", "six months after his MI": the time since the infarction written before it, a count
    // and a long unit then "after" and at most an article or possessive (decision 329; "after MI in 2026" is not dated so).
    private static bool DatedAfter(ReadOnlySpan<char> chars, List<(int Start, int End)> before)
    {
        var w = before.Count > 0 && chars[before[0].Start..before[0].End] is "a" or "an" or "his" or "her" or "the" ? 1 : 0;
        if (w + 2 >= before.Count || chars[before[w].Start..before[w].End] is not "after" || !LongUnit.Contains(chars[before[w + 1].Start..before[w + 1].End]))
        {
            return false;
        }

        var count = chars[before[w + 2].Start..before[w + 2].End];
        var oneMonth = chars[before[w + 1].Start..before[w + 1].End] is "month" && count is "a" or "one" or "1";
        return !oneMonth && (CountWord.Contains(count) || IsDigits(count));
    }

    // "N months/years ago|back|out", "last year", "in 2023": a count, a long unit and a past word, or a year.
    private static bool DatesPast(ReadOnlySpan<char> chars, List<(int Start, int End)> words)
    {
        for (var w = 0; w < words.Count; w++)
        {
            var word = chars[words[w].Start..words[w].End];
            if (word.Length == 4 && (word.StartsWith("19", StringComparison.Ordinal) || word.StartsWith("20", StringComparison.Ordinal)) && IsDigits(word)
                && w > 0 && chars[words[w - 1].Start..words[w - 1].End] is "in" or "since")
            {
                return true;
            }

            // "last year", but not "in the last year" (any time within it, the first four weeks too).
            if (w > 0 && word is "year" or "yr" && chars[words[w - 1].Start..words[w - 1].End] is "last"
                && !(w > 1 && chars[words[w - 2].Start..words[w - 2].End] is "in" or "the" or "within" or "past"))
            {
                return true;
            }

            if (w > 0 && w + 1 < words.Count && LongUnit.Contains(word) && AgoWord.Contains(chars[words[w + 1].Start..words[w + 1].End]))
            {
                var count = chars[words[w - 1].Start..words[w - 1].End];
                var oneMonth = word is "month" && count is "a" or "one" or "1";
                if (!oneMonth && (CountWord.Contains(count) || IsDigits(count)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Up to max words from the offset in one direction (-1: before, nearest first), stopping at a sentence's end.
    private static List<(int Start, int End)> SentenceWords(ReadOnlySpan<char> chars, int from, int direction, int max)
    {
        var words = new List<(int Start, int End)>(max);
        var i = direction < 0 ? from - 1 : from;
        while (words.Count < max && i >= 0 && i < chars.Length)
        {
            var c = chars[i];
            if (c is '.' or ';' or '?' or '!' or '\n' && !(c == '.' && i + 1 < chars.Length && char.IsDigit(chars[i + 1])))
            {
                break;
            }

            if (!NormalizedText.IsWordChar(c))
            {
                i += direction;
                continue;
            }

            var s = i;
            while (s + direction >= 0 && s + direction < chars.Length && NormalizedText.IsWordChar(chars[s + direction]))
            {
                s += direction;
            }

            words.Add(direction < 0 ? (s, i + 1) : (i, s + 1));
            i = s + direction;
        }

        return words;
    }

    private static List<(int Start, int End)> Reversed(List<(int Start, int End)> words)
    {
        var copy = new List<(int Start, int End)>(words);
        copy.Reverse();
        return copy;
    }

    private static bool IsDigits(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return word.Length > 0;
    }
}
