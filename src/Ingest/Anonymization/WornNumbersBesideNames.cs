namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A player's or runner's number written with a hash beside their name (round 33, decision 212): "Tomasz Wren #17 tore his
/// ACL", "our keeper Ilse Drent (#1)", "runner #233 Odile Marchetti", "our #52, Kaleo Brandt", "#8 for the Harriers". With the
/// team it finds the one person as a bed number does; on the pooled rotation's misses of rounds 10-32 such numbers were the
/// largest group of bare "#" numbers left (about 30, in team-doctor and race posts). One to three digits after a "#" that
/// stands apart from a word before it ("A#" and "C#" stay), ending a word, with a name found by an earlier rule right before it
/// (a space, ", " or " (" between) or right after it (a space or ", "), or a capitalised team after "for the". A hash number
/// with no name beside it ("fracture #2", "problem #1: CHF", "the #1 cause") stays. Only the text's "#" characters are visited.
/// </summary>
internal static class WornNumbersBesideNames
{
    private const int MaxDigits = 3;

    public static void Detect(string text, List<Detection> found)
    {
        var names = found.Count;
        for (var hash = text.IndexOf('#'); hash >= 0; hash = text.IndexOf('#', hash + 1))
        {
            if (hash > 0 && char.IsLetterOrDigit(text[hash - 1]))
            {
                continue;
            }

            var start = hash + 1;
            var end = start + RoomNumbers.Digits(text, start);
            if (end - start is < 1 or > MaxDigits || NumberGoesOn(text, end))
            {
                continue;
            }

            if (NameBeside(text, found, names, hash, end) || TeamAfter(text, end))
            {
                found.Add(new Detection(start, end, PhiType.Account, 1));
            }
        }
    }

    // "17B", "2.5", "3/4", "2-3": the number is part of something longer.
    private static bool NumberGoesOn(string text, int end) =>
        end < text.Length && (char.IsLetterOrDigit(text[end]) || (text[end] is '.' or ',' or '/' or '-' or ':' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])));

    private static bool NameBeside(string text, List<Detection> found, int names, int hash, int end)
    {
        for (var d = 0; d < names; d++)
        {
            var name = found[d];
            if (name.Type == PhiType.Name
                && ((name.End <= hash && text.AsSpan(name.End, hash - name.End) is " " or ", " or " (")
                    || (name.Start >= end && text.AsSpan(end, name.Start - end) is " " or ", ")))
            {
                return true;
            }
        }

        return false;
    }

    // "#8 for the Harriers": the team the number is worn for.
    private static bool TeamAfter(string text, int end)
    {
        const string ForThe = " for the ";
        return text.AsSpan(end).StartsWith(ForThe, StringComparison.Ordinal) && end + ForThe.Length < text.Length && char.IsUpper(text[end + ForThe.Length]);
    }
}
