namespace Sermo.Ingest.Anonymization;

/// <summary>
/// An age over 89 in brackets right after a found name (round 15, decision 119): "Naw Paw Say (92)", "TESFAMARIAM, SENAIT (90)".
/// A list or a referral writes the age there with no "yo" or "age"; after a name, a bracketed number of 90-120 is nothing else.
/// </summary>
internal static class ParenthesisedAges
{
    private const int MinAgeOver89 = 90;

    private const int MaxAge = 120;

    public static void Detect(string text, List<Detection> found)
    {
        var count = found.Count;
        for (var c = 0; c < count; c++)
        {
            var name = found[c];
            var open = name.End + 1;
            if (name.Type != PhiType.Name || open + 4 > text.Length || text[name.End] != ' ' || text[open] != '(')
            {
                continue;
            }

            var digits = 0;
            while (open + 1 + digits < text.Length && char.IsAsciiDigit(text[open + 1 + digits]))
            {
                digits++;
            }

            var close = open + 1 + digits;
            if (digits is 2 or 3 && close < text.Length && text[close] == ')' && int.Parse(text.AsSpan(open + 1, digits)) is >= MinAgeOver89 and <= MaxAge)
            {
                found.Add(new Detection(open + 1, close, PhiType.Age, 1));
            }
        }
    }
}
