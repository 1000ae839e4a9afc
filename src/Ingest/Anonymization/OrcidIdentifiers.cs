namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 47 (decision 304): an ORCID iD, the researcher's number a case report or a poster carries: four groups of four digits
/// joined by hyphens, the last character a digit or "X" ("0000-0002-7719-4403", "0000-0003-4418-210X"). Every iD issued starts
/// "0000-000", so the rule searches for that and tests the shape; a physician posting about publishing names their own or a
/// co-author's, which identifies them as a name would. Round 44 labels 6 of 6 (all missed before); no earlier readable set
/// has one. Found by one vectorised search of the post for the prefix.
/// </summary>
internal static class OrcidIdentifiers
{
    private const string Prefix = "0000-000";

    private const int Length = 19;

    public static void Detect(string text, List<Detection> found)
    {
        var from = 0;
        while (from < text.Length && text.AsSpan(from).IndexOf(Prefix, StringComparison.Ordinal) is >= 0 and var offset)
        {
            var start = from + offset;
            from = start + Prefix.Length;
            var end = start + Length;
            if (RegexScan.IsWordChar(text, start - 1) || end > text.Length || RegexScan.IsWordChar(text, end) || !IsShape(text.AsSpan(start, Length)))
            {
                continue;
            }

            found.Add(new Detection(start, end, PhiType.Account, 4));
            from = end;
        }
    }

    // "dddd-dddd-dddd-dddd" with an "X" allowed last (the iD's check character).
    private static bool IsShape(ReadOnlySpan<char> id)
    {
        for (var i = 0; i < id.Length; i++)
        {
            var expected = i is 4 or 9 or 14 ? id[i] == '-' : char.IsAsciiDigit(id[i]) || (i == id.Length - 1 && id[i] == 'X');
            if (!expected)
            {
                return false;
            }
        }

        return true;
    }
}
