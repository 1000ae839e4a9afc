namespace Sermo.Ingest.Anonymization;

/// <summary>
/// An age found without the unit or sex letter joined or hyphenated to it takes them (round 23, decision 159): "96M", "91F", "94yo",
/// "92yoF", "99y.o.", "100-year-old", "ninety-three-year-old", "97y". A unit after a space ("95 yo", "94 y/o F") stays outside the
/// span, as the age rules have always marked it. The age rules mark the number (the date rule's pattern
/// captures the digits, the spelled-age rule cuts "-year-old"), which leaves "[AGE]M" or "[AGE]-year-old" in the output: the
/// shape still gives the age away, and the pooled misses of rounds 10-22 had it in four rounds. Only an age some rule found is
/// extended, so "90M" in "ran 90M" or "5 yo" stay as the age rules left them; a letter or digit right after the unit stops it
/// ("94 yoga" keeps "yoga").
/// </summary>
internal static class AgeUnits
{
    // Longest first where one begins another: "yrs old" before "yrs" before "yr", "y.o." before "y.o", "yo" before "y".
    private static readonly string[] Units =
        ["-year-old", "-years-old", "-yr-old", "-yrs-old", "-y/o", "-yo", "y/o", "y.o.", "y.o", "yo", "yrs", "yr", "y"];

    public static void Extend(string text, List<Detection> found)
    {
        for (var c = 0; c < found.Count; c++)
        {
            var age = found[c];
            if (age.Type == PhiType.Age && UnitEnd(text, age.End) is var end && end > age.End)
            {
                found[c] = age with { End = end };
            }
        }
    }

    /// <summary>Where the unit and sex letter joined to an age ending at <paramref name="at"/> end; <paramref name="at"/> when none.</summary>
    internal static int UnitEnd(string text, int at)
    {
        var rest = text.AsSpan(at);
        foreach (var unit in Units)
        {
            if (rest.StartsWith(unit, StringComparison.OrdinalIgnoreCase))
            {
                var end = WithSexLetter(text, at + unit.Length);
                if (IsBoundary(text, end))
                {
                    return end;
                }
            }
        }

        var sexed = WithSexLetter(text, at);
        return sexed > at && IsBoundary(text, sexed) ? sexed : at;
    }

    // "92M", "94yoF": one sex letter joined to the number or its unit, when the word ends there.
    private static int WithSexLetter(string text, int at) =>
        at < text.Length && text[at] is 'M' or 'F' or 'm' or 'f' && IsBoundary(text, at + 1) ? at + 1 : at;

    private static bool IsBoundary(string text, int at) => at >= text.Length || !char.IsLetterOrDigit(text[at]);
}
