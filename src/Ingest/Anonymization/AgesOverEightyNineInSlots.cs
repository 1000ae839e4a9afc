using System.Buffers;
using System.Collections.Frozen;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 43 (decision 274): ages over 89 in the slots that recur across the rotation's authors (rounds 10-40) and that no
/// earlier age rule reads. In digits: a "y" glued on ("97y", "100Y F"), "and still"/"and sharp" after it ("93 and still baling
/// hay"), a number opening a sentence before a comma ("Lasix. 97, on 5L O2"), a reckoning after a birth date ("born 1931 ...
/// so 94", "DOB ... makes her 93"), a kin word or "pt" right before it with a comma, "has" or "and" after ("pt 104, lives",
/// "her dad 95 has") and a number set off by commas after a word ("R.J.P., 96, aortic stenosis"); never after a vital's word.
/// In words: a compound spelled number of 91-129 ("ninety-four", "one hundred and five") closed by a mark, after "like", or
/// opening a sentence before a word that is no unit. Counts and doses are written with their unit or noun
/// after them, which every branch refuses. Last, a person's age by decade or approximation (<see cref="AgesByDecade"/>).
/// </summary>
internal static class AgesOverEightyNineInSlots
{
    internal static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KinSubjects = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "pt", "patient", "dad", "mom", "mum", "father", "mother", "grandma", "grandpa", "granny", "husband", "wife").GetAlternateLookup<ReadOnlySpan<char>>();

    // The words a reckoned age follows once a birth date is given: "so 96", "that's 97", "makes her 93".
    private static readonly string[] Reckonings = ["so", "that's", "thats", "makes her", "makes him"];

    private static readonly string[] BirthCues = ["born", "dob", "d.o.b"];

    // A SearchValues search, not string.Contains with OrdinalIgnoreCase: the verb runs with invariant globalization, where that
    // overload compares char by char (a profile of the scrub verb put it at 2.6 % of the CPU).
    private static readonly SearchValues<string> SpelledAgeWords = SearchValues.Create(["ninety", "hundred"], StringComparison.OrdinalIgnoreCase);

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        foreach (var (start, end) in index.Of(Anchor.OldAgeNumber))
        {
            if (IsDigitAge(text, start, end))
            {
                var glued = end < text.Length && text[end] is 'y' or 'Y' ? 1 : 0; // "97y": the gold sets differ on the "y"; take it
                found.Add(new Detection(start, end + glued, PhiType.Age, 4));
            }
        }

        DetectSpelled(index, found);
        AgesByDecade.Detect(index, found); // decision 363: "in her 90s", "man 90s-ish", "nonagenarian" (reversing decision 065)
    }

    private static bool IsDigitAge(string text, int start, int end)
    {
        if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '.' or '/' or '$' or '#' or '-' or '+' or '=' or ':'))
        {
            return false;
        }

        if (end < text.Length && text[end] is 'y' or 'Y' && !RegexScan.IsWordChar(text, end + 1))
        {
            return true; // "97y", "(97y)", "100Y F"
        }

        if (RegexScan.IsWordChar(text, end) || (end + 1 < text.Length && text[end] is '.' or '/' or '-' or ',' && char.IsAsciiDigit(text[end + 1]))
            || (end < text.Length && text[end] == '%') || AgeDetector.IsUnit(AgeDetector.NextWord(text, end)))
        {
            return false;
        }

        if (VitalWords.Contains(RegexScan.WordBefore(text, start)))
        {
            return false; // "Temp 101 and still climbing", "HR 104, irregular"
        }

        var after = text.AsSpan(end);
        if (after.StartsWith(" and still ", StringComparison.OrdinalIgnoreCase) || after.StartsWith(" and sharp ", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var before = text.AsSpan(0, start).TrimEnd(' ');
        if ((before.IsEmpty || before[^1] is '.' or '!' or '?' or '\n') && after.Length > 2 && after[0] == ',' && after[1] == ' ' && !char.IsAsciiDigit(after[2]))
        {
            return true; // "97, on 5L O2" opening its sentence
        }

        if (IsSetOffByCommas(before, after))
        {
            return true; // "R.J.P., 96, aortic stenosis", "at the farm, 99, refusing", "(93, her name)"
        }

        if (RegexScan.EndsWithAnyWord(before, Reckonings) && BirthGivenBefore(text, start))
        {
            return true;
        }

        var kinBefore = start >= 2 && text[start - 1] == ' ' && KinSubjects.Contains(RegexScan.WordBefore(text, start));
        return kinBefore && (after.StartsWith(",") || after.StartsWith(" has ") || after.StartsWith(" and "));
    }

    // A comma or an opening bracket before, a comma after and words, not numbers, around: "HR 88, 95, 102" is a run of values and
    // "sats, 92, on 2L" has a vital's word before its comma.
    private static bool IsSetOffByCommas(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        if (before.IsEmpty || after.Length < 3 || after[0] != ',' || after[1] != ' ' || char.IsAsciiDigit(after[2]))
        {
            return false;
        }

        if (before[^1] == '(')
        {
            return true;
        }

        var word = before[..^1].TrimEnd(' ');
        if (before[^1] != ',' || word.IsEmpty || !(char.IsLetter(word[^1]) || word[^1] is '.' or ')' or ']'))
        {
            return false;
        }

        var start = word.Length;
        while (start > 0 && char.IsLetter(word[start - 1]))
        {
            start--;
        }

        return !VitalWords.Contains(word[start..]);
    }

    internal static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VitalWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "hr", "rr", "bp", "sat", "sats", "temp", "t", "glucose", "bg", "pulse", "k", "na", "cl", "weight", "wt", "hgb", "plt", "platelets", "score",
        "iq", "ef", "map", "fio", "spo", "o", "rate", "bpm", "mmhg", "kg", "lbs", "mg", "units", "percent", "tmax", "fever", "febrile", "spiked").GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool BirthGivenBefore(string text, int start)
    {
        var before = text.AsSpan(0, start);
        foreach (var cue in BirthCues)
        {
            if (before.Contains(cue, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Compound spelled numbers only: a bare "ninety" or "a hundred" is as often a count ("a hundred bucks").
    private static void DetectSpelled(TokenIndex index, List<Detection> found)
    {
        var tokens = index.Tokens;
        var text = index.Text;
        if (!text.AsSpan().ContainsAny(SpelledAgeWords))
        {
            return; // one vectorised search per post instead of a parse at every word opening with a, o or n
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            var initial = text[tokens[i].Start];
            if ((initial | 0x20) is not ('n' or 'o' or 'a' or 'h'))
            {
                continue;
            }

            var last = (initial | 0x20) == 'h' ? HundredWithTailEnd(index, i) : SpelledAgeDetector.NumberEnd(index, i);
            if (last < 0)
            {
                continue;
            }

            var start = tokens[i].Start;
            var end = tokens[last].End;
            var compound = IsCompound(index, i, last);
            if ((compound && IsSpelledAge(index, i, last, start, end)) || SpelledAgesBesidePersonOrBirthday.IsAge(index, found, i, last, compound))
            {
                found.Add(new Detection(start, end, PhiType.Age, 4));
            }

            i = last;
        }
    }

    // Decision 351: "hundred and four" with no "a" or "one" before it, as said aloud; "hundred" alone is no number here.
    private static int HundredWithTailEnd(TokenIndex index, int first)
    {
        if (!index.Text.AsSpan(index.Tokens[first].Start, index.Tokens[first].Length).Equals("hundred", StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        var last = SpelledAgeDetector.HundredTail(index, first);
        return last > first ? last : -1;
    }

    private static bool IsCompound(TokenIndex index, int first, int last)
    {
        var word = index.Text.AsSpan(index.Tokens[first].Start, index.Tokens[first].Length);
        if (word.Contains("year", StringComparison.OrdinalIgnoreCase) || word.EndsWith("yo", StringComparison.OrdinalIgnoreCase))
        {
            return false; // "ninety-three-year-old": the age rules of decision 065 read it
        }

        return word.StartsWith("ninety-", StringComparison.OrdinalIgnoreCase)
            || (word.Equals("ninety", StringComparison.OrdinalIgnoreCase) ? last == first + 1 : last >= first + 2);
    }

    private static bool IsSpelledAge(TokenIndex index, int first, int last, int start, int end)
    {
        var text = index.Text;
        if (last + 1 < index.Tokens.Count && SpelledAgeDetector.IsUnit(text.AsSpan(index.Tokens[last + 1].Start, index.Tokens[last + 1].Length)))
        {
            return false;
        }

        var after = text.AsSpan(end).TrimStart(' ');
        if (!after.IsEmpty && after[0] is ',' or ';' or ')' or '.' or '(')
        {
            var rest = after[1..].TrimStart(' ');
            if (rest.IsEmpty || !char.IsAsciiDigit(rest[0]))
            {
                return true; // "ninety-four, COPD again", "one hundred and five, drives himself", "ninety-eight (by his account)"
            }
        }

        if (RegexScan.WordBefore(text, start).Equals("like", StringComparison.OrdinalIgnoreCase))
        {
            return true; // "he's like ninety-nine"
        }

        var before = text.AsSpan(0, start).TrimEnd(' ');
        return (before.IsEmpty || before[^1] is '.' or '!' or '?' or '\n') && !after.IsEmpty && (char.IsLetter(after[0]) || after[0] == '[');
    }
}
