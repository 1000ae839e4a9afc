namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A postcode of four to six digits right after a town, street or place word that any rule found (round 50, decision 341):
/// "Stellenbosch 7600.", "Kolkata 700017, India", "Kozhikode - 673001,", "Tuba City, AZ (49872)", "(5 Totara St, 9810)".
/// <see cref="ForeignPostcodes"/> reads four digits after a town, but early in the order (most towns abroad are found after it)
/// and never five or six (a US ZIP in brackets after its state, an Indian PIN). Here, after every place rule. The number must
/// close the place (a full stop, comma, bracket, semicolon or line end after it), so counts and doses that go on ("Boston 5000
/// runners") stay; four digits are never a year (1900-2099), nor a clock time after a name ("seen by Jones 0830.").
/// </summary>
internal static class PostcodesAfterFoundPlaces
{
    public static void Detect(string text, List<Detection> found)
    {
        var count = found.Count;
        for (var c = 0; c < count; c++)
        {
            var place = found[c];
            // Pre-check: a found place, name or street with a space or comma right after it; only then is the text read.
            if (place.Type is not (PhiType.City or PhiType.Address or PhiType.Name) || place.End + 5 > text.Length || text[place.End] is not (' ' or ','))
            {
                continue;
            }

            var at = CodeStart(text, place.End);
            var digits = at < 0 ? 0 : RoomNumbers.Digits(text, at);
            var end = at + digits;
            if (digits is < 4 or > 6 || !ClosesThePlace(text, end)
                || (digits == 4 && (LabelledRecordNumbers.IsYear(text.AsSpan(at, 4)) || (place.Type == PhiType.Name && IsClockTime(text, at)))))
            {
                continue;
            }

            found.Add(new Detection(at, end, PhiType.Zip, 3));
        }
    }

    // After the place: an optional comma, a space, an optional state code in capitals ("AZ ", "NSW "), then an optional "(" or "- ".
    private static int CodeStart(string text, int end)
    {
        var at = end < text.Length && text[end] == ',' ? end + 1 : end;
        if (at >= text.Length || text[at] != ' ')
        {
            return -1;
        }

        at++;
        var capitals = text.AsSpan(at).IndexOfAnyExceptInRange('A', 'Z');
        if (capitals is 2 or 3 && at + capitals < text.Length && text[at + capitals] == ' ')
        {
            at += capitals + 1;
        }

        if (at < text.Length && text[at] == '(')
        {
            at++;
        }
        else if (at + 1 < text.Length && text[at] == '-' && text[at + 1] == ' ')
        {
            at += 2;
        }

        return at < text.Length && char.IsAsciiDigit(text[at]) ? at : -1;
    }

    private static bool ClosesThePlace(string text, int end) =>
        end >= text.Length || text[end] is '\n' or '\r' or ')' or ';'
        || (text[end] is '.' or ',' && (end + 1 >= text.Length || !char.IsAsciiDigit(text[end + 1])));

    private static bool IsClockTime(string text, int at) =>
        int.Parse(text.AsSpan(at, 2), System.Globalization.CultureInfo.InvariantCulture) <= 23
        && int.Parse(text.AsSpan(at + 2, 2), System.Globalization.CultureInfo.InvariantCulture) <= 59;
}
