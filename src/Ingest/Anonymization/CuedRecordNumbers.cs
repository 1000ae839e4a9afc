namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A number after a word that names what it identifies (round 15, decision 119): "Rx 3317462", "Rx #8711-2788", "group 00271",
/// "Group: 184420-01", "Grp RX4417", "PA ref 6548-188-88", "Claim 6957283041863", "the group number (0046331)". A prescription,
/// group, claim or reference number finds one person's record as an account number does. Five digits or more (letters and
/// hyphens between them allowed), or a short letter prefix and four: "group 2", "Rx for 3 months", "claim 2024" stay.
/// </summary>
internal static class CuedRecordNumbers
{
    private const int MinDigits = 5;

    private const int MaxGap = 12;

    /// <summary>The words that name a number; <see cref="LabelledRecordNumbers"/> reads them too.</summary>
    internal static readonly string[] CueWords =
        ["rx", "group", "grp", "ref", "reference", "claim", "case", "policy", "confirmation", "conf", "auth", "authorization", "tracking",
         "acct", "ticket", "invoice", "voucher", "certificate", "cert", "badge", "employee"];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Cues =
        new HashSet<string>(CueWords, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Filler words that may stand between the cue and its number ("no.", "number", "num"); the marks NumberStart skips.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Fillers = new HashSet<string>(
        ["no", "number", "num", "nr", "id"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Units = new HashSet<string>(
        ["units", "u", "iu", "mg", "mcg", "ml", "g", "kg", "patients", "pts", "people", "members", "dollars", "usd", "cases", "claims"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(TokenIndex index, List<Detection> found) =>
        ReadAfterCues(index, found, Cues, spacedPrefix: false, static (text, _, at) =>
        {
            var end = NumberEnd(text, at, out var digits, out var prefix);
            return digits >= MinDigits || (digits == 4 && prefix is >= 1 and <= 3) ? end : -1;
        });

    /// <summary>
    /// For each of <paramref name="cues"/> with a number after it (<see cref="NumberStart"/>), the number up to where
    /// <paramref name="numberEnd"/> (given the text, the cue's word and the number's start) says it ends (-1: no record
    /// number) as an account, unless a unit follows. This rule's and
    /// <see cref="LabelledRecordNumbers"/>'s walk. <paramref name="typeOf"/> (given the text and the cue) names what the number
    /// is when it is no account ("ext 4471" is a phone's); <paramref name="priorityOf"/> how strongly it holds against a candidate of
    /// the same length (a name read over "NHI ZKT" of "NHI ZKT4419").
    /// </summary>
    internal static void ReadAfterCues(TokenIndex index, List<Detection> found, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> cues, bool spacedPrefix,
        Func<string, NameToken, int, int> numberEnd, Func<string, NameToken, PhiType>? typeOf = null, Func<string, NameToken, int>? priorityOf = null)
    {
        var text = index.Text;
        if (text.AsSpan().IndexOfAnyInRange('0', '9') < 0)
        {
            return;
        }

        var tokens = index.Tokens;
        var digits = new NextDigit(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!FoundTokens.IsCueBeforeDigit(index, i, ref digits, cues, maxLength: 13, window: MaxGap + 1))
            {
                continue;
            }

            var at = NumberStart(index, i, spacedPrefix);
            if (at >= 0 && numberEnd(text, tokens[i], at) is var end and >= 0 && !UnitAfter(text, end))
            {
                found.Add(new Detection(at, end, typeOf?.Invoke(text, tokens[i]) ?? PhiType.Account, priorityOf?.Invoke(text, tokens[i]) ?? 1));
            }
        }
    }

    /// <summary>
    /// Where the number after cue <paramref name="i"/> starts, past "#", ":", "(", "=", "no." or "number", within a short gap; -1 when
    /// no number follows. A letter prefix of up to three letters joined to the digits ("RX4417") starts it; with
    /// <paramref name="spacedPrefix"/> also up to four capitals before a space or hyphen and a digit ("C-28 771", "TREM 5401").
    /// </summary>
    private static int NumberStart(TokenIndex index, int i, bool spacedPrefix)
    {
        var text = index.Text;
        var at = index.Tokens[i].End;
        var limit = Math.Min(text.Length, at + MaxGap);
        while (at < limit)
        {
            var c = text[at];
            // "=" since round 39 (decision 243), as a form's header prints it ("Accession=692025050").
            if (c is ' ' or '#' or ':' or '(' or '.' or '=')
            {
                at++;
                continue;
            }

            if (char.IsAsciiLetter(c))
            {
                var wordEnd = at;
                while (wordEnd < text.Length && char.IsAsciiLetter(text[wordEnd]))
                {
                    wordEnd++;
                }

                // A filler word, or the letter prefix of the number itself ("RX4417").
                if (Fillers.Contains(text.AsSpan(at, wordEnd - at)))
                {
                    at = wordEnd;
                    continue;
                }

                var capitals = spacedPrefix && wordEnd - at <= 4 && text.AsSpan(at, wordEnd - at).ContainsAnyExceptInRange('A', 'Z') is false;
                if (wordEnd < text.Length && (wordEnd - at <= 3 || capitals) && char.IsAsciiDigit(text[wordEnd]))
                {
                    return at; // "RX4417"; with a spaced prefix four capitals too ("donor KTRB118", round 31)
                }

                return capitals && wordEnd + 1 < text.Length && text[wordEnd] is ' ' or '-' && char.IsAsciiDigit(text[wordEnd + 1]) ? at : -1;
            }

            return char.IsAsciiDigit(c) ? at : -1;
        }

        return -1;
    }

    // "Rx 100000 units", "group 12345 patients": a quantity, not a number that finds anyone.
    private static bool UnitAfter(string text, int end)
    {
        var at = end;
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        var wordEnd = at;
        while (wordEnd < text.Length && char.IsAsciiLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        return (at < text.Length && text[at] == '%') || Units.Contains(text.AsSpan(at, wordEnd - at));
    }

    private static int NumberEnd(string text, int at, out int digits, out int prefix)
    {
        digits = 0;
        prefix = 0;
        var end = at;
        while (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            prefix++;
            end++;
        }

        while (end < text.Length)
        {
            var c = text[end];
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (!(c == '-' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])) && !char.IsAsciiLetterUpper(c))
            {
                break;
            }

            end++;
        }

        return end;
    }
}
