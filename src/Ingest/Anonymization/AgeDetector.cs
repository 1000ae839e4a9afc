using System.Collections.Frozen;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Ages over 89 written without an age word, the way physicians write them: age-sex shorthand ("96M", "93F")
/// and spoken ages ("he is 94", "she's 91", "my patient is 96", "turned 100"). "94-year-old", "94 yo" and
/// "aged 94" are matched by <see cref="DateDetector"/>'s age pattern. Only 90 to 130 is an identifier; "45M" stays.
/// A decade or approximation that describes a person ("in her 90s", "late nineties", "90-ish", "nonagenarian") is an age
/// too since decision 363, which reversed decision 065: Safe Harbor allows only the one category "90 or older", and a decade
/// is narrower. <see cref="AgesByDecade"/> reads them; "90+" and "over 90", the category itself, stay.
/// Only the numbers from 90 to 130 that <see cref="TokenIndex"/> found in its one pass over the digits are looked at.
/// </summary>
internal static class AgeDetector
{
    private static readonly FrozenSet<string> Subjects = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "he", "she", "patient", "pt", "who", "mom", "dad", "mother", "father", "grandma", "grandpa", "grandmother", "grandfather", "husband", "wife", "mum");

    private static readonly FrozenSet<string> TurnVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "turned", "turns", "turning", "turn");

    // "he is 94 kg", "she is 95% adherent", "turned 90 degrees": a unit after the number makes it no age.
    private static readonly FrozenSet<string> Units = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "kg", "kgs", "lb", "lbs", "pounds", "pound", "cm", "mm", "inches", "inch", "ft", "feet", "percent", "pct", "mg", "mcg", "g", "ml", "units",
        "unit", "u", "days", "day", "weeks", "week", "wk", "wks", "months", "month", "hours", "hour", "hrs", "hr", "h", "minutes", "minute", "min", "mins",
        "seconds", "sec", "beats", "bpm", "mmhg", "degrees", "degree", "deg", "points", "pts", "kcal", "steps", "miles", "meters", "m", "out", "of",
        "times", "x", "over", "percentile", "mph");

    /// <summary>A unit after a number makes it no age ("94 kg", "95 percent"); decision 274's rules read the same list.</summary>
    internal static bool IsUnit(ReadOnlySpan<char> word) => Units.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    // "T 101F", "febrile to 102F", "Tmax 100F": a Fahrenheit temperature, not a 101-year-old woman.
    private static readonly FrozenSet<string> TemperatureCues = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "t", "tmax", "tm", "temp", "temps", "temperature", "febrile", "fever", "fevers", "spiked", "spiking", "to", "of", "at", "up", "max", "tc");

    /// <summary>Adds the ages it finds and returns every number from 90 to 130, the anchors of the age-word pattern.</summary>
    public static List<(int Start, int End)> Detect(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        var numbers = index.Of(Anchor.OldAgeNumber);
        foreach (var (start, end) in numbers)
        {
            if (IsSexSlashAge(text, start, end) || IsSetOffInParentheses(text, start, end) || IsYearsOfAge(text, end) || IsSexBeforeAge(text, start, end)
                || (SetOffBefore(text, start) && IsSexAfterSetOffAge(text, start, end)) || IsSentenceOnItsOwn(text, start, end)
                || (CleanBefore(text, start) && (IsAgeSexShorthand(text, start, end) || IsSpokenAge(text, start, end) || IsBirthdayOrdinal(text, end))))
            {
                found.Add(new Detection(start, end, PhiType.Age, 4));
            }
        }

        return numbers;
    }

    // "F/90", "M/96": sex and age in a census line (round 9). "BP/90" or "3/96" have more than one letter or a digit before the slash.
    private static bool IsSexSlashAge(string text, int start, int end) =>
        start >= 2 && text[start - 1] == '/' && text[start - 2] is 'F' or 'M' && (start == 2 || !char.IsLetterOrDigit(text[start - 3]))
        && !RegexScan.IsWordChar(text, end) && (end >= text.Length || text[end] is not ('/' or '.' or '%'));

    // "A.J. Jayawardena, (93), hip fracture", "seen today, (96), pulmonary embolism": a number in parentheses set off by a comma
    // or semicolon before it is an age; "(92)" after a lab name ("sats (92)") is not set off.
    private static bool IsSetOffInParentheses(string text, int start, int end)
    {
        if (start < 3 || text[start - 1] != '(' || end >= text.Length || text[end] != ')')
        {
            return false;
        }

        var before = start - 2;
        while (before > 0 && text[before] == ' ')
        {
            before--;
        }

        return text[before] is ',' or ';';
    }

    // "M 107 from Provo", "(F 95)", "Pt X (M 90)": a sex letter standing alone right before the number, in a census line or a parenthesis.
    private static bool IsSexBeforeAge(string text, int start, int end) =>
        start >= 2 && text[start - 1] == ' ' && text[start - 2] is 'F' or 'M' && (start == 2 || !(char.IsLetterOrDigit(text[start - 3]) || text[start - 3] is '.' or '\'' or '-'))
        && !RegexScan.IsWordChar(text, end) && (end >= text.Length || text[end] is not ('/' or '%' or '°' or '.' or ',') || !RegexScan.IsDigit(text, end + 1))
        && !IsUnit(NextWord(text, end));

    // "Admit: 98 M, urosepsis", "| 93 F |", "[NAME], 93m, hip", "Curbside: 90m from": a set-off number with a sex letter after it,
    // spaced or in lower case. Only after a colon, comma, pipe, dash or parenthesis (or at a line start), where a census line or a
    // one-liner puts the age; "temp was 99 F" or "after 90m of CPR" have a word before or a unit after.
    private static bool IsSexAfterSetOffAge(string text, int start, int end)
    {
        if (end >= text.Length)
        {
            return false;
        }

        var spaced = text[end] == ' ' && end + 1 < text.Length;
        var letterAt = spaced ? end + 1 : end;
        if (text[letterAt] is not ('M' or 'F' or 'm' or 'f') || (spaced && char.IsAsciiLetterLower(text[letterAt])) || RegexScan.IsWordChar(text, letterAt + 1)
            || (letterAt + 1 < text.Length && text[letterAt + 1] is '/' or '°' or '.' && RegexScan.IsWordChar(text, letterAt + 2)))
        {
            return false;
        }

        var next = NextWord(text, letterAt + 1);
        return !next.Equals("fever", StringComparison.OrdinalIgnoreCase) && !MinuteWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(next);
    }

    // "after 90m of CPR", "90m later", "90 m walk": minutes or metres, not an age.
    private static readonly FrozenSet<string> MinuteWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "of", "later", "ago", "after", "before", "walk", "run", "total", "left", "post", "into", "in", "prior", "earlier", "away", "apart");

    // "104. Aspiration pneumonia, comfort care", "106! Oldest pt I ever had": a number of 90-130 that is a whole sentence, opening the
    // post or following a sentence end, is the age the post is about ("HR 104." has a word before it in its sentence).
    private static bool IsSentenceOnItsOwn(string text, int start, int end)
    {
        if (end >= text.Length || text[end] is not ('.' or '!') || (end + 1 < text.Length && text[end + 1] is not (' ' or '\n')))
        {
            return false;
        }

        var k = start - 1;
        while (k >= 0 && text[k] == ' ')
        {
            k--;
        }

        return k < 0 || (k < start - 1 && text[k] is '.' or '!' or '?') || text[k] == '\n';
    }

    // The number opens a line or follows a colon, comma, semicolon, pipe, dash or an opening parenthesis.
    private static bool SetOffBefore(string text, int start)
    {
        var k = start - 1;
        while (k >= 0 && text[k] == ' ')
        {
            k--;
        }

        return k < 0 || text[k] is ':' or ',' or ';' or '|' or '(' or '\n' or '-' or '\u2013' or '\u2014';
    }

    // "102 years of age": the number before the phrase, whatever stands before it.
    private static bool IsYearsOfAge(string text, int end) =>
        text.AsSpan(end).StartsWith(" years of age", StringComparison.OrdinalIgnoreCase) || text.AsSpan(end).StartsWith(" yrs of age", StringComparison.OrdinalIgnoreCase);

    // "$100M", "1.96", "100-102F", "3/96": part of another number.
    private static bool CleanBefore(string text, int start) =>
        start == 0 || !(char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '$' or '.' or ',' or '-' or '/' or '°' or '#' or '+' or '_');

    private static bool IsAgeSexShorthand(string text, int start, int end)
    {
        if (end >= text.Length || text[end] is not ('M' or 'F') || RegexScan.IsWordChar(text, end + 1) || (end + 1 < text.Length && text[end + 1] is '/' or '°'))
        {
            return false;
        }

        return text[end] == 'M' || (!TemperatureCues.GetAlternateLookup<ReadOnlySpan<char>>().Contains(RegexScan.WordBefore(text, start))
            && !NextWord(text, end + 1).Equals("fever", StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsSpokenAge(string text, int start, int end)
    {
        if (end < text.Length && (char.IsLetter(text[end]) || text[end] is '%' or '/' or '\'' or '°' || (text[end] is '.' or ',' && RegexScan.IsDigit(text, end + 1))))
        {
            return false;
        }

        if (IsUnit(NextWord(text, end)))
        {
            return false;
        }

        var word = RegexScan.WordBefore(text, start);
        var wordStart = WordStart(text, start, word);
        if (TurnVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return true;
        }

        if (word.Equals("now", StringComparison.OrdinalIgnoreCase))
        {
            word = RegexScan.WordBefore(text, wordStart);
            wordStart = WordStart(text, wordStart, word);
        }

        // "she's 91": the contraction leaves "s" after an apostrophe.
        var contracted = word.Equals("s", StringComparison.OrdinalIgnoreCase) && wordStart > 0 && text[wordStart - 1] is '\'' or '\u2019';
        if (!contracted && !word.Equals("is", StringComparison.OrdinalIgnoreCase) && !word.Equals("was", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var subject = RegexScan.WordBefore(text, contracted ? wordStart - 1 : wordStart);
        return Subjects.GetAlternateLookup<ReadOnlySpan<char>>().Contains(subject) || IsGivenName(subject);
    }

    // "Grandma Bea is 99", "Walter is 94": a capitalised given name as the subject. "Temp is 101" and "Sat is 92" are no
    // given names, and clinical words never count.
    private static bool IsGivenName(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || !char.IsUpper(word[0]) || !word[1..].ContainsAnyInRange('a', 'z'))
        {
            return false;
        }

        var kinds = Vocabulary.Shared.Lookup(word).Kinds;
        return (kinds & WordKind.FirstName) != 0 && (kinds & (WordKind.Clinical | WordKind.Month | WordKind.Holiday)) == 0;
    }

    // "her 100th birthday": an ordinal of 90 or more before "birthday" is an age.
    private static bool IsBirthdayOrdinal(string text, int end)
    {
        var rest = text.AsSpan(end);
        return rest.Length > 2 && (rest.StartsWith("th") || rest.StartsWith("st") || rest.StartsWith("nd") || rest.StartsWith("rd"))
            && NextWord(text, end + 2).Equals("birthday", StringComparison.OrdinalIgnoreCase);
    }

    private static int WordStart(string text, int before, ReadOnlySpan<char> word)
    {
        var position = before;
        while (position > 0 && !char.IsLetter(text[position - 1]))
        {
            position--;
        }

        return position - word.Length;
    }

    /// <summary>The word after <paramref name="index"/>, past spaces (letters and "%"); decision 274's ages read it too.</summary>
    internal static ReadOnlySpan<char> NextWord(string text, int index)
    {
        var rest = text.AsSpan(Math.Min(index, text.Length)).TrimStart(' ');
        var length = 0;
        while (length < rest.Length && (char.IsLetter(rest[length]) || rest[length] == '%'))
        {
            length++;
        }

        return rest[..length];
    }
}
