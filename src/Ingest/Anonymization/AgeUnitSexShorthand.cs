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
        for (var at = text.IndexOfAnyInRange('0', '9'); at >= 0 && at < text.Length; at = NextDigit(text, at))
        {
            var end = at;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            if (end - at is 2 or 3 && (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && int.Parse(text.AsSpan(at, end - at)) is >= 90 and <= 130
                && HasUnitAndSexLetter(text, end))
            {
                found.Add(new Detection(at, end, PhiType.Age, 4));
            }

            at = end;
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

    private static int NextDigit(string text, int from)
    {
        if (from >= text.Length)
        {
            return -1;
        }

        var next = text.AsSpan(from).IndexOfAnyInRange('0', '9');
        return next < 0 ? -1 : from + next;
    }
}
