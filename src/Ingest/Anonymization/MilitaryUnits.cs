namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A soldier's or a veteran's unit by its number (round 40, decision 251): "173rd Airborne", "10th Mountain", "2/7 Marines", "3-69
/// Armor", "1-187th Infantry", "24th Infantry Division", "3rd Battalion, 6th Marines", "2nd Bn 8th Marines". A numbered unit places
/// a person as a base does (the gold sets mark it a place); pooled over rounds 10-36 it was missed in four rounds, by hand and by
/// generator, and no finder reads a number before a capitalised word. The number is an ordinal, or two numbers joined by "/" or
/// "-" (battalion and regiment); the word after it is one of the units' own capitalised nouns, so "2nd Fleet" is read and "3rd
/// cranial nerve", "2nd Division of the hospital" in lower case and "4th ID consult" (no unit noun) stay. A second numbered part
/// after the first ("3rd Battalion, 6th Marines") joins the span. The rule visits only the text's digit runs.
/// </summary>
internal static class MilitaryUnits
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitNouns = new HashSet<string>(
        ["Airborne", "Mountain", "Cavalry", "Cav", "Infantry", "Marines", "Armor", "Armored", "Armoured", "Division", "Battalion", "Bn", "Brigade",
         "Regiment", "Rangers", "Ranger", "Stryker", "Artillery", "Engineers", "Fleet", "Squadron", "SFG", "MEU", "MEF", "Commando", "Para",
         "Parachute", "Fusiliers", "Gurkha", "Lancers", "Hussars", "Dragoons", "Guards"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(string text, List<Detection> found)
    {
        var at = 0;
        while (at < text.Length && text.AsSpan(at).IndexOfAnyInRange('0', '9') is >= 0 and var offset)
        {
            var start = at + offset;
            var end = UnitEnd(text, start);
            if (end < 0)
            {
                at = NumberEnd(text, start);
                continue;
            }

            // "3rd Battalion, 6th Marines", "2nd Bn 8th Marines": a second numbered part right after the first.
            var next = end < text.Length && text[end] == ',' ? end + 2 : end + 1;
            if (next < text.Length && text[next - 1] == ' ' && UnitEnd(text, next) is > 0 and var secondEnd)
            {
                end = secondEnd;
            }

            found.Add(new Detection(start, end, PhiType.City, 6));
            at = end;
        }
    }

    // The end of "173rd Airborne" (and any unit nouns after the first: "Infantry Division", "Stryker Cavalry") starting at a digit
    // that opens a word; -1 when the digits are no unit's number or no unit noun follows.
    private static int UnitEnd(string text, int start)
    {
        if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '-' or '/' or '.' or ','))
        {
            return -1;
        }

        var numberEnd = NumberEnd(text, start);
        var number = text.AsSpan(start, numberEnd - start);
        if (!IsUnitNumber(number) || numberEnd >= text.Length || text[numberEnd] != ' ')
        {
            return -1;
        }

        var end = -1;
        var wordStart = numberEnd + 1;
        while (wordStart < text.Length)
        {
            var wordEnd = wordStart;
            while (wordEnd < text.Length && char.IsAsciiLetter(text[wordEnd]))
            {
                wordEnd++;
            }

            if (!UnitNouns.Contains(text.AsSpan(wordStart, wordEnd - wordStart)))
            {
                break;
            }

            end = wordEnd;
            if (wordEnd >= text.Length || text[wordEnd] != ' ')
            {
                break;
            }

            wordStart = wordEnd + 1;
        }

        return end;
    }

    // "173rd", "10th", "1st" (one to three digits and the ordinal's letters); "2/7", "3-69", "1-187th" (a battalion and its regiment).
    private static bool IsUnitNumber(ReadOnlySpan<char> number)
    {
        var digits = number.IndexOfAnyExceptInRange('0', '9');
        if (digits is < 1 or > 3)
        {
            return false;
        }

        var rest = number[digits..];
        if (rest is "st" or "nd" or "rd" or "th")
        {
            return true;
        }

        if (rest.Length < 2 || rest[0] is not ('/' or '-'))
        {
            return false;
        }

        var second = rest[1..];
        var secondDigits = second.IndexOfAnyExceptInRange('0', '9') is >= 0 and var stop ? stop : second.Length;
        return secondDigits is >= 1 and <= 3 && second[secondDigits..] is "" or "st" or "nd" or "rd" or "th";
    }

    // The end of the word of digits, letters, "/" and "-" that starts at start.
    private static int NumberEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '/' or '-'))
        {
            end++;
        }

        return end;
    }
}
