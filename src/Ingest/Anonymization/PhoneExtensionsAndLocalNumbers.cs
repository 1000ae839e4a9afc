namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 43 (decision 274): phones the contact rules missed across the rotation's authors (rounds 10-40). An extension
/// typed alone with its "x" ("call x5521", "(x6250)", "x152-2603"); an extension after a found phone ("[phone], extension
/// 31", "[phone] poste 22"); a local number in the 555-01xx block kept for fiction, which posts use as a stand-in wherever
/// it stands ("MAMA 555-0192", "called from 555-0139"); a local number after "paged" or "vocera" (decision 033's contact
/// words lack them); and an area code before a slash ("357/373-1900"). Visits only the digit runs the token index found.
/// </summary>
internal static class PhoneExtensionsAndLocalNumbers
{
    private static readonly string[] ExtensionWords = [", extension ", " extension ", ", ext. ", " ext. ", ", ext ", " ext ", " poste ", " x"];

    private static readonly string[] LocalCues = ["paged ", "paging ", "vocera ", "called from ", "calls from "];

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        foreach (var (start, end) in index.Of(Anchor.DigitRun))
        {
            if (IsLocalNumber(text, start, end, out var numberEnd))
            {
                found.Add(new Detection(start, numberEnd, PhiType.Phone, 4));
            }
            else if (start >= 1 && text[start - 1] is 'x' or 'X' && (start == 1 || text[start - 2] is ' ' or '(' or ',' or ':') && ExtensionEnd(text, start, end) is > 0 and var extensionEnd)
            {
                found.Add(new Detection(start - 1, extensionEnd, PhiType.Phone, 4)); // with its "x", which some gold sets take in
            }
            else if (end - start == 3 && end < text.Length && text[end] == '/' && IsSevenDigits(text, end + 1) && !RegexScan.IsWordChar(text, start - 1))
            {
                found.Add(new Detection(start, end + 9, PhiType.Phone, 4)); // "357/373-1900"
            }
        }

        ExtendFoundPhones(text, found);
    }

    // "555-0139" (the block kept for fiction) anywhere; another "NNN-NNNN" only after "paged" or "vocera".
    private static bool IsLocalNumber(string text, int start, int end, out int numberEnd)
    {
        numberEnd = start + 8;
        if (end - start != 3 || !IsSevenDigits(text, start) || (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '-' or '.' or '/' or ')')))
        {
            return false;
        }

        if (text.AsSpan(start, 6).SequenceEqual("555-01"))
        {
            return true;
        }

        var preceding = text.AsSpan(0, start);
        foreach (var cue in LocalCues)
        {
            if (preceding.EndsWith(cue, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // "NNN-NNNN" at start and nothing glued after it.
    private static bool IsSevenDigits(string text, int start)
    {
        if (start + 8 > text.Length || text[start + 3] != '-' || RegexScan.IsWordChar(text, start + 8) || (start + 9 < text.Length && text[start + 8] is '-' or '/' && char.IsAsciiDigit(text[start + 9])))
        {
            return false;
        }

        for (var k = start; k < start + 8; k++)
        {
            if (k != start + 3 && !char.IsAsciiDigit(text[k]))
            {
                return false;
            }
        }

        return true;
    }

    // "x5521", "x152-2603": four or five digits, or a local number, after the "x"; "x1000" (a magnification) is refused.
    private static int ExtensionEnd(string text, int start, int end)
    {
        if (IsSevenDigits(text, start))
        {
            return start + 8;
        }

        var length = end - start;
        var round = text[end - 1] == '0' && text[end - 2] == '0';
        return length is 4 or 5 && !round && !RegexScan.IsWordChar(text, end) && !(end + 1 < text.Length && text[end] is '.' or '-' or '/' && char.IsAsciiDigit(text[end + 1])) ? end : -1;
    }

    // "[phone], extension 31", "[phone] poste 22", "[phone] x31": the extension joins a phone any rule found.
    private static void ExtendFoundPhones(string text, List<Detection> found)
    {
        var count = found.Count;
        for (var i = 0; i < count; i++)
        {
            var d = found[i];
            if (d.Type != PhiType.Phone || d.End >= text.Length)
            {
                continue;
            }

            foreach (var word in ExtensionWords)
            {
                if (!text.AsSpan(d.End).StartsWith(word, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var digits = d.End + word.Length;
                var end = digits;
                while (end < text.Length && char.IsAsciiDigit(text[end]))
                {
                    end++;
                }

                if (end - digits is >= 1 and <= 5 && !RegexScan.IsWordChar(text, end))
                {
                    found.Add(d with { End = end });
                }

                break;
            }
        }

    }
}
