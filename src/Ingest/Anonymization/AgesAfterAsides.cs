namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Ages over 89 set off after a person with something between (round 19, decision 140): a found name and a short aside in
/// brackets ("[name] (family name first per his card), 91, came from"), a found name and a dash ("[name] - 96 - aspiration
/// pneumonia", a sign-out's separator), or a relative with no name ("her dad, 92, BPH"). Round 11's rule
/// (<see cref="AgeAfterFoundName"/>) reads the number right after a name; these are its shapes one aside later, and its test of
/// the number (90-130, closed by punctuation or a word that is no unit) decides. "Smith (see above), 95% on RA" stays.
/// </summary>
internal static class AgesAfterAsides
{
    private const int MaxAside = 60;

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        var count = found.Count;
        for (var c = 0; c < count; c++)
        {
            if (found[c].Type == PhiType.Name && AfterAside(text, found[c].End) is var at and >= 0)
            {
                AgeAfterFoundName.AgeAt(index, at, found);
            }
        }

        var tokens = index.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.End + 4 < text.Length && text[token.End] == ',' && SetOffAges.Elders.Contains(FoundTokens.Word(index, i)))
            {
                AgeAfterFoundName.AgeAt(index, token.End, found);
            }
        }
    }

    /// <summary>Where the age may start after the aside that follows a name at <paramref name="end"/>, or -1 when none follows.</summary>
    private static int AfterAside(string text, int end)
    {
        if (end + 3 < text.Length && text[end] == ' ' && text[end + 1] is '-' or '\u2013' or '\u2014' && text[end + 2] == ' ')
        {
            return end + 2; // "[name] - 96 -": the age rule reads from the space before the number
        }

        if (end + 1 >= text.Length || text[end] != ' ' || text[end + 1] != '(')
        {
            return -1;
        }

        var close = text.IndexOf(')', end + 2, Math.Min(MaxAside, text.Length - end - 2));
        if (close < 0)
        {
            return -1;
        }

        var aside = text.AsSpan(end + 2, close - end - 2);
        return aside.ContainsAny("()\n") || aside.ContainsAnyInRange('0', '9') ? -1 : close + 1;
    }
}
