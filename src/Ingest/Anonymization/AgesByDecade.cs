using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Decision 363 (round 52, reversing decision 065 for decades): an age of 90 or more said by decade or approximation is an
/// identifier when it describes a person. Safe Harbor allows the one category "90 or older"; "in her 90s", "late nineties",
/// "90-ish" and "nonagenarian" name 90-99 or narrower, so they go; "90+", "over 90" and "90 or older" are the category and stay.
/// A decade is a person's age after "in her/his/their", after a kin, patient or person noun ("man 90s-ish", "Grandma, late
/// 90s,"), after a found name ("[name] 90s lady"), after "aged"/"age", before a person noun or a sex letter ("90s lady",
/// "90-something-year-old", "90s F"), or as an approximation set off by a bracket, comma or dash ("(90-ish, actually 91)").
/// Vitals, labs and eras stay: "sats in the 90s", "BP 90s/60s", "HR 90s", "since the 90s", "the '90s", "the 1990s".
/// </summary>
internal static partial class AgesByDecade
{
    // Every decade or approximation the pattern can match holds one of these; most posts hold none, and skip the pattern.
    private static readonly SearchValues<string> Cues = SearchValues.Create(["0s", "0's", "ish", "something", "ninet", "nonagen", "centen"], StringComparison.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "pt", "patient", "dad", "mom", "mum", "father", "mother", "grandma", "grandpa", "granny", "nana", "grandmother", "grandfather", "husband",
        "wife", "man", "woman", "lady", "gentleman", "gent", "guy", "male", "female", "aunt", "uncle", "neighbor", "neighbour", "widow", "widower",
        "veteran", "resident", "aged", "age").GetAlternateLookup<ReadOnlySpan<char>>();

    // "90s lady", "late-90s gentleman": a person noun after the decade. No "kid" or "baby": "a 90s kid" is born in the era.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonNounsAfter = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "lady", "woman", "man", "gentleman", "gent", "guy", "male", "female", "yo", "y", "yr", "year", "grandma", "grandpa", "widow",
        "widower", "veteran").GetAlternateLookup<ReadOnlySpan<char>>();

    // "Patients in their 90s do fine with TAVR": a population, not a person, before "in their".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Populations = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "patients", "pts", "people", "folks", "adults", "men", "women", "those", "individuals", "anyone", "someone", "everyone", "elderly", "others",
        "many", "most", "some").GetAlternateLookup<ReadOnlySpan<char>>();

    // "my nonagenarians", "both centenarians": a plural names people only after a possessive or a count.
    private static readonly string[] PluralOwners = ["my", "our", "his", "her", "their", "both", "two", "three", "four", "these"];

    private static readonly string[] InPossessive = ["in her", "in his", "in their"];

    [GeneratedRegex(@"\b(?:(?<noun>(?:super)?(?:nonagenarian|centenarian))(?<plural>s)?|(?:(?:early|mid|late)[- ]?)?(?:(?:9\d|1[0-2]\d)(?:-?ish|[- ]something)|(?:90|100)'?s(?:-?ish)?|nineties|ninety[- ]?(?:ish|something)))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DecadeOrApproximation();

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        if (!text.AsSpan().ContainsAny(Cues))
        {
            return;
        }

        var count = found.Count;
        foreach (Match match in DecadeOrApproximation().Matches(text))
        {
            var start = match.Index;
            var end = match.Index + match.Length;
            if (match.Groups["noun"].Success ? IsPersonNoun(text, start, match.Groups["plural"].Success) : IsPersonDecade(text, start, end, found, count))
            {
                found.Add(new Detection(start, end, PhiType.Age, 4));
            }
        }
    }

    // "my nonagenarian (ninety-seven)", "a centenarian with a hip fracture"; "Do you anticoagulate nonagenarians?" is a population.
    private static bool IsPersonNoun(string text, int start, bool plural) =>
        !plural || RegexScan.EndsWithAnyWord(text.AsSpan(0, start).TrimEnd(' '), PluralOwners);

    private static bool IsPersonDecade(string text, int start, int end, List<Detection> found, int count)
    {
        if ((start > 0 && text[start - 1] is '\'' or '/' or '$' or '#' or '+' or '.') || (end < text.Length && text[end] is '/' or '%' or '+'))
        {
            return false; // "the '90s", "BP 140s/90s", "90s/60s", "$100s", "90+" (the Safe Harbor category itself)
        }

        var next = AgeDetector.NextWord(text, end < text.Length && text[end] == '-' ? end + 1 : end); // "90-something-year-old"
        var before = text.AsSpan(0, start).TrimEnd(' ');
        if ((AgeDetector.IsUnit(next) && !IsSexLetterAfter(text, end)) || next.Equals("or", StringComparison.OrdinalIgnoreCase) || IsVitalBefore(before))
        {
            return false; // "90-ish percent", "90s mmHg", "sats 90s", "HR 90-something", "90s or older"
        }

        if (RegexScan.EndsWithAnyWord(before, InPossessive))
        {
            var beforeIn = before[..^(before.EndsWith("their", StringComparison.OrdinalIgnoreCase) ? 8 : 6)].TrimEnd(' ');
            return !Populations.Contains(LastWord(beforeIn)) && !IsVitalBefore(beforeIn); // "my grandmother is in her 90s"
        }

        var setOff = before.TrimEnd([',', '(', '-', '\u2013', '\u2014', ':']).TrimEnd(' ');
        if (PersonNouns.Contains(LastWord(setOff)) || NameEndsAt(text, found, count, setOff.Length, start))
        {
            return true; // "man 90s-ish", "Grandma, late 90s,", "aged 90-something", "[name] 90s lady"
        }

        if (PersonNounsAfter.Contains(next) || IsSexLetterAfter(text, end))
        {
            return !LastWord(before).Equals("the", StringComparison.OrdinalIgnoreCase); // "90s lady", "90s F", "90-something-year-old"
        }

        // An approximation set off on its own: "(90-ish, actually 91)", "Mama Lou, 90-ish?", "rm 15 - 90s-ish,".
        var isApproximation = text.AsSpan(start, end - start).EndsWith("ish", StringComparison.OrdinalIgnoreCase)
            || text.AsSpan(start, end - start).EndsWith("something", StringComparison.OrdinalIgnoreCase);
        return isApproximation && (before.IsEmpty || before[^1] is ',' or '(' or '-' or '\u2013' or '\u2014' or ':' or '\n' or '.' or '!' or '?');
    }

    // A vital's or lab's word right before, or before a set-off mark: "sats 90s", "HR, 90-ish", "EF 90s".
    private static bool IsVitalBefore(ReadOnlySpan<char> before)
    {
        var word = LastWord(before.TrimEnd([',', '(', '-', ':']).TrimEnd(' '));
        return AgesOverEightyNineInSlots.VitalWords.Contains(word) || MoreMeasures.Contains(word);
    }

    // Measures that decision 274's vital words do not hold, said by decade as often as ages are: "temps 90s F", "sugars 90-ish".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MoreMeasures = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "temps", "temperature", "temperatures", "highs", "lows", "weather", "sugar", "sugars", "glucoses", "systolic", "systolics", "diastolic",
        "pressure", "pressures", "sbp", "dbp", "hrs", "rate", "rates", "heart", "saturation", "sao", "pao", "room", "rm", "route", "hwy", "bus",
        "score", "scores", "grade", "grades", "mph").GetAlternateLookup<ReadOnlySpan<char>>();

    // A found name ends right before the decade, past spaces and one set-off mark: "Lucinda Ferreira 90s lady", "Oduya (90-ish)".
    private static bool NameEndsAt(string text, List<Detection> found, int count, int wordEnd, int start)
    {
        for (var c = 0; c < count; c++)
        {
            if (found[c].Type == PhiType.Name && found[c].End <= start && found[c].End >= wordEnd && text.AsSpan(found[c].End, start - found[c].End).Trim(' ').Length <= 1)
            {
                return true;
            }
        }

        return false;
    }

    // "90s F", "late 90s M,": a capital sex letter standing alone after the decade.
    private static bool IsSexLetterAfter(string text, int end) =>
        end + 1 < text.Length && text[end] == ' ' && text[end + 1] is 'F' or 'M' && !RegexScan.IsWordChar(text, end + 2);

    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> span)
    {
        var start = span.Length;
        while (start > 0 && char.IsLetter(span[start - 1]))
        {
            start--;
        }

        return span[start..];
    }
}
