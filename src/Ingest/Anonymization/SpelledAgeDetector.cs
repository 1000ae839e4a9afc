using System.Collections.Frozen;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Ages over 89 in words (round 9, decision 065): "was ninety-nine and sharper than me", "ninety-one years old", "a hundred
/// and two years old", "He is ninety-one now", "turned one hundred". A spelled number of 90-129 is an age when an age word
/// follows ("years", "-year-old", "yo") or a verb of being or turning stands right before it; never before a unit or a
/// comparison ("ninety percent", "a hundred mg", "ninety over sixty"). A bare "Ninety-six and tough as nails" stays: with no
/// verb and no age word a spelled number is as often a count. Reads the token list only, so a post without "ninety" or
/// "hundred" costs one comparison per word.
/// </summary>
internal static class SpelledAgeDetector
{
    private static readonly FrozenSet<string> Units = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "percent", "pct", "kg", "kgs", "lb", "lbs", "pounds", "mg", "mcg", "ml", "units", "days", "weeks", "months", "hours", "minutes", "mins",
        "seconds", "beats", "bpm", "degrees", "points", "miles", "meters", "times", "over", "of", "patients", "people", "cases", "dollars", "calls",
        "pages", "visits", "admissions", "beds", "tablets", "pills", "doses", "cc", "cm", "mm", "feet", "steps", "mmhg");

    private static readonly FrozenSet<string> Verbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "is", "was", "s", "turned", "turns", "turning", "aged", "age", "at", "reached", "reaches", "now");

    private static readonly FrozenSet<string> Ones = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine");

    private static readonly FrozenSet<string> Teens = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty");

    /// <summary>A unit or counted noun after a spelled number makes it no age ("ninety percent"); decision 274's rules read it too.</summary>
    internal static bool IsUnit(ReadOnlySpan<char> word) => Units.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static void Detect(TokenIndex index, List<Detection> found) => Scan(index, found, setOffOnly: false);

    /// <summary>
    /// "my nonagenarian (ninety-seven)", "Mrs Oduya, ninety-nine, fell": a spelled number of 90-129 that brackets, commas or a
    /// table's bars set off alone, with no age word or verb (round 27, decision 175). Counts and doses are written in digits; a
    /// spelled number set off alone stands where an age stands beside a person. Run after the learned detector
    /// (<see cref="PhiScrubber"/>'s FindAroundFound), so the detector's training input is unchanged.
    /// </summary>
    public static void DetectSetOff(TokenIndex index, List<Detection> found) => Scan(index, found, setOffOnly: true);

    private static void Scan(TokenIndex index, List<Detection> found, bool setOffOnly)
    {
        var tokens = index.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            // Every branch below wants "ninety" or "hundred" at the word's start, and cutting an age suffix keeps the start: an
            // ASCII first letter other than n or h skips the four suffix comparisons (decision 084). Other first letters go on.
            var initial = index.Text[tokens[i].Start];
            if (char.IsAscii(initial) && (initial | 0x20) is not ('n' or 'h'))
            {
                continue;
            }

            // "hundred" is read from the "a" or "one" before it; every other spelled age starts at its "ninety".
            var first = i;
            var hundred = WithoutAgeSuffix(Word(index, i)).Equals("hundred", StringComparison.OrdinalIgnoreCase);
            if (hundred && i > 0 && Joined(index, i - 1, i)
                && (Word(index, i - 1).Equals("a", StringComparison.OrdinalIgnoreCase) || Word(index, i - 1).Equals("one", StringComparison.OrdinalIgnoreCase)))
            {
                first = i - 1;
            }

            // Round 39 (decision 241): "hundred and two" without its "a", typed fast. Only after the learned detector, and only with
            // its "and" and a tail ("hundred and one"): a bare "hundred" is a count ("hundred bucks"), and no number word or digit
            // may stand before it ("two hundred and five").
            var last = setOffOnly && hundred && first == i && !AfterAnotherNumber(index, i) ? BareHundredEnd(index, i) : NumberEnd(index, first);
            if (last < 0)
            {
                continue;
            }

            if (setOffOnly ? IsSetOffAge(index, first, last) : IsAge(index, first, last))
            {
                var suffix = tokens[last].Length - WithoutAgeSuffix(Word(index, last)).Length;
                found.Add(new Detection(tokens[first].Start, tokens[last].End - suffix, PhiType.Age, 4));
            }

            i = last;
        }
    }

    /// <summary>
    /// The last token of a spelled number of 90-129 that starts at token <paramref name="first"/> ("ninety", "ninety-two", "ninety
    /// two", "NINETY-FOUR", "a hundred", "one hundred and one", "ninety-three-year-old"), or -1 when none starts there. The one
    /// parser of spelled ages: this detector's and <see cref="AgeAfterFoundName"/>'s.
    /// </summary>
    internal static int NumberEnd(TokenIndex index, int first)
    {
        var word = WithoutAgeSuffix(Word(index, first));
        if (word.StartsWith("ninety-", StringComparison.OrdinalIgnoreCase) && Ones.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word[7..]))
        {
            return first; // the tokenizer keeps "ninety-eight" as one word
        }

        var next = first + 1;
        if (word.Equals("ninety", StringComparison.OrdinalIgnoreCase))
        {
            return next < index.Tokens.Count && Joined(index, first, next) && Ones.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(index, next)) ? next : first;
        }

        var opensHundred = word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("one", StringComparison.OrdinalIgnoreCase);
        return opensHundred && next < index.Tokens.Count && Joined(index, first, next)
            && WithoutAgeSuffix(Word(index, next)).Equals("hundred", StringComparison.OrdinalIgnoreCase) ? HundredTail(index, next) : -1;
    }

    // "a hundred and two", "one hundred one", "a hundred-and-ten": the tail of units or teens after "hundred", if any.
    internal static int HundredTail(TokenIndex index, int hundred)
    {
        var next = hundred + 1;
        if (next < index.Tokens.Count && Joined(index, hundred, next) && Word(index, next).Equals("and", StringComparison.OrdinalIgnoreCase))
        {
            next++;
        }

        if (next < index.Tokens.Count && Joined(index, next - 1, next))
        {
            var word = WithoutAgeSuffix(Word(index, next));
            if (Ones.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || Teens.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                return next;
            }
        }

        return hundred;
    }

    // "ninety-three-year-old" and "a hundred and one-year-old" are one token each: the number is the word before "-year-old".
    private static ReadOnlySpan<char> WithoutAgeSuffix(ReadOnlySpan<char> word)
    {
        foreach (var suffix in AgeSuffixes)
        {
            if (word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }

    private static readonly string[] AgeSuffixes = ["-year-old", "-years-old", "-yr-old", "-yo"];

    private static bool IsAge(TokenIndex index, int first, int last)
    {
        if (!WithoutAgeSuffix(Word(index, last)).SequenceEqual(Word(index, last)))
        {
            return true; // the age word is part of the token
        }

        var tokens = index.Tokens;
        var after = last + 1 < tokens.Count ? Word(index, last + 1) : [];
        if (IsUnit(after) || Gap(index, last).Contains('%'))
        {
            return false;
        }

        // "ninety-one years old", "a hundred and two-year-old", "ninety-nine yo", "ninety-four y/o".
        if (after.Equals("years", StringComparison.OrdinalIgnoreCase) || after.Equals("year", StringComparison.OrdinalIgnoreCase)
            || after.Equals("yo", StringComparison.OrdinalIgnoreCase) || after.Equals("yr", StringComparison.OrdinalIgnoreCase)
            || after.Equals("yrs", StringComparison.OrdinalIgnoreCase) || (after.Equals("y", StringComparison.OrdinalIgnoreCase) && Gap(index, last).IsEmpty))
        {
            return true;
        }

        // "was ninety-nine and", "she's ninety-six", "turned one hundred": a verb of being or turning right before.
        // "she's ninety-six" leaves "she" with its "'s" as a possessive token.
        return first > 0 && tokens[first].Start - tokens[first - 1].PossessiveEnd <= 2
            && (Verbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(index, first - 1)) || tokens[first - 1].IsPossessive);
    }

    // Only what IsAge leaves: its own ages are found by the first pass.
    private static bool IsSetOffAge(TokenIndex index, int first, int last) =>
        !IsAge(index, first, last) && !HasUnitAfter(index, last)
        && (SetOffAlone(index.Text, index.Tokens[first].Start, index.Tokens[last].End) || OpensPostAlone(index, first, last));

    // Round 39 (decision 241): "One hundred and three. Let that sink in.", "a hundred and one and sharp as a tack": a spelled number
    // of 90-129 that opens the post or a line, closed by a mark or "and". A post about an old patient opens with the age as a
    // headline; a count that opens a post has its noun after it ("Ninety minutes", "A hundred tabs"), which this leaves.
    private static bool OpensPostAlone(TokenIndex index, int first, int last)
    {
        var before = index.Text.AsSpan(0, index.Tokens[first].Start).TrimEnd(' ');
        if (!before.IsEmpty && before[^1] != '\n')
        {
            return false;
        }

        var after = index.Text.AsSpan(index.Tokens[last].End).TrimStart(' ');
        return !after.IsEmpty && (after[0] is '.' or ',' or ';' or ':' or '!' or '(' or '-'
            || (last + 1 < index.Tokens.Count && Word(index, last + 1).Equals("and", StringComparison.OrdinalIgnoreCase) && Joined(index, last, last + 1)));
    }

    // "hundred and two": "hundred", its "and" and a unit or teen after it, or -1.
    private static int BareHundredEnd(TokenIndex index, int hundred)
    {
        var tail = HundredTail(index, hundred);
        return tail > hundred + 1 ? tail : -1;
    }

    // "two hundred and five", "3 hundred and ten", "twenty hundred": a number word or digits right before "hundred" make it part
    // of a larger number.
    private static bool AfterAnotherNumber(TokenIndex index, int hundred)
    {
        var before = index.Text.AsSpan(0, index.Tokens[hundred].Start).TrimEnd(' ');
        if (!before.IsEmpty && char.IsAsciiDigit(before[^1]))
        {
            return true;
        }

        return hundred > 0 && Joined(index, hundred - 1, hundred)
            && (Ones.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(index, hundred - 1)) || Teens.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(index, hundred - 1))
                || Word(index, hundred - 1).EndsWith("ty", StringComparison.OrdinalIgnoreCase));
    }

    private static bool HasUnitAfter(TokenIndex index, int last) =>
        (last + 1 < index.Tokens.Count && IsUnit(Word(index, last + 1))) || Gap(index, last).Contains('%');

    // "(ninety-two)", "(ninety-nine!)", ", ninety," ", a hundred.", "| NINETY-SIX |": the marks on both sides, spaces skipped.
    private static bool SetOffAlone(string text, int start, int end)
    {
        var before = text.AsSpan(0, start).TrimEnd(' ');
        var after = text.AsSpan(end).TrimStart(' ').TrimStart("!?");
        if (before.IsEmpty || after.IsEmpty)
        {
            return false;
        }

        return (before[^1], after[0]) switch
        {
            ('(', ')') or ('[', ']') or ('|', '|') => true,
            (',', ',' or ';' or ')') => true,
            (',', '.') => after.Length == 1 || !char.IsAsciiDigit(after[1]),
            _ => false,
        };
    }

    // Words of one number: joined by a space or a hyphen only.
    private static bool Joined(TokenIndex index, int left, int right)
    {
        var gap = index.Text.AsSpan(index.Tokens[left].End, index.Tokens[right].Start - index.Tokens[left].End);
        return gap.Length == 1 && gap[0] is ' ' or '-';
    }

    private static ReadOnlySpan<char> Gap(TokenIndex index, int left) =>
        left + 1 < index.Tokens.Count ? index.Text.AsSpan(index.Tokens[left].End, index.Tokens[left + 1].Start - index.Tokens[left].End).Trim(' ') : [];

    private static ReadOnlySpan<char> Word(TokenIndex index, int i) => index.Text.AsSpan(index.Tokens[i].Start, index.Tokens[i].Length);
}
