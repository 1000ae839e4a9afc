namespace Sermo.Ingest.Anonymization;

/// <summary>
/// An age over 89 written right after a name the finders found, with no word for age ("Mrs [name] 92 — delirium",
/// "Pt [name], 96, is still gardening", "[name], 90: ..."): a number of 90-130 after a person, set off by a space or a comma
/// and closed by punctuation or a word that is no unit, is the person's age (round 11, decision 082). "Smith 95% on RA",
/// "Lopez 100 mg", "Jones 120/80" stay.
/// </summary>
internal static class AgeAfterFoundName
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Units = new HashSet<string>(
        ["mg", "mcg", "g", "kg", "lb", "lbs", "ml", "cc", "mmhg", "bpm", "cm", "mm", "units", "u", "min", "mins", "minutes", "sec", "percent", "x",
         "over", "to", "and", "or", "times", "days", "hours", "hrs", "weeks", "mL", "L", "F", "C", "degrees", "beats", "pounds", "ng", "meq", "mmol"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(string text, List<Detection> found)
    {
        var count = found.Count;
        for (var c = 0; c < count; c++)
        {
            if (found[c].Type == PhiType.Name)
            {
                AgeAt(text, found[c].End, found);
            }
        }
    }

    internal static void AgeAt(string text, int end, List<Detection> found)
    {
        var at = end;
        if (at < text.Length && text[at] == ',')
        {
            at++;
        }

        if (at >= text.Length || text[at] != ' ')
        {
            return;
        }

        at++;
        var digits = 0;
        while (at + digits < text.Length && char.IsAsciiDigit(text[at + digits]) && digits < 4)
        {
            digits++;
        }

        if (digits is < 2 or > 3)
        {
            return;
        }

        var age = int.Parse(text.AsSpan(at, digits), System.Globalization.CultureInfo.InvariantCulture);
        var after = at + digits;
        if (age is < 90 or > 130 || (after < text.Length && !ClosesAge(text, after)))
        {
            return;
        }

        found.Add(new Detection(at, after, PhiType.Age, 2));
    }

    private static bool ClosesAge(string text, int after)
    {
        var c = text[after];
        if (c is ',' or ':' or ';' or ')' or '!' or '\n' or '\u2014' or '\u2013')
        {
            return true;
        }

        if (c == '.')
        {
            return after + 1 >= text.Length || !char.IsAsciiDigit(text[after + 1]);
        }

        if (c != ' ')
        {
            return false;
        }

        var word = text.AsSpan(after + 1);
        var length = word.IndexOfAny(" .,;:!?)/\n".AsSpan()); // "93 mg/dL" reads the unit "mg"
        word = length < 0 ? word : word[..length];
        return word.Length > 0 && !char.IsAsciiDigit(word[0]) && word[0] != '%' && word[0] != '/' && !Units.Contains(word);
    }
}
