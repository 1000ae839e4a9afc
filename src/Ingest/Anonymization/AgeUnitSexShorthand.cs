namespace Sermo.Ingest.Anonymization;

/// <summary>
/// An age over 89 written with its unit and sex letter joined to it, "92yoF", "101y/oM" (round 24, decision 163): the date rule's
/// age pattern wants a word boundary after "yo", and the shorthand rule a sex letter right after the digits, so neither read it
/// (decision 159 found the shape unread). Marks the digits; <see cref="AgeUnits"/> then takes the unit and the letter. After every
/// finder, so the learned detector's training input is unchanged.
/// </summary>
internal static class AgeUnitSexShorthand
{
    private static readonly string[] Units = ["y/o", "yo"];

    public static void Detect(string text, List<Detection> found)
    {
        for (var at = 0; text.AsSpan(at).IndexOfAnyInRange('0', '9') is var next and >= 0;)
        {
            at += next;
            var runEnd = at;
            while (runEnd < text.Length && char.IsAsciiDigit(text[runEnd]))
            {
                runEnd++;
            }

            // The whole run is the age (AgeAfterFoundName's reading of 90-130 in digits), not glued to a word before it.
            if ((at == 0 || !char.IsLetter(text[at - 1])) && AgeAfterFoundName.DigitsEnd(text, at) == runEnd
                && HasUnitAndSexLetter(text, runEnd))
            {
                found.Add(new Detection(at, runEnd, PhiType.Age, 4));
            }

            at = runEnd;
        }
    }

    // "yo" or "y/o" and then one sex letter ending the word: AgeUnits.UnitEnd reads the same unit and letter, so the two agree.
    private static bool HasUnitAndSexLetter(string text, int at)
    {
        foreach (var unit in Units)
        {
            if (text.AsSpan(at).StartsWith(unit, StringComparison.OrdinalIgnoreCase) && AgeUnits.UnitEnd(text, at) == at + unit.Length + 1)
            {
                return true;
            }
        }

        return false;
    }
}
