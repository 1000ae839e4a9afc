namespace Sermo.Ingest.Anonymization;

/// <summary>
/// An age over 89 set off by commas right after a room's, cabin's, booking's or account's number the rules found (round 42,
/// decision 263): "pax Ilse Brandt, cabin B214, 93, hip fracture", "booking QZ4TRA, 101, sepsis". A case header names the person,
/// the place or record that finds them, then the age, as <see cref="AgeAfterFoundName"/> reads after a name. Only ", NN," or
/// ", NN." with 90-130: "bed 4, 94% on RA", "acct 5512, 90 days late" and "room 12, 95 and rising" stay.
/// </summary>
internal static class AgesAfterFoundNumbers
{
    public static void Detect(string text, List<Detection> found)
    {
        var count = found.Count;
        for (var c = 0; c < count; c++)
        {
            if (found[c].Type is PhiType.Address or PhiType.Account && AgeEnd(text, found[c].End) is var end and >= 0)
            {
                found.Add(new Detection(found[c].End + 2, end, PhiType.Age, 2));
            }
        }
    }

    // The end of ", NN," after a found number's end, or -1.
    private static int AgeEnd(string text, int numberEnd)
    {
        var at = numberEnd + 2;
        if (at >= text.Length || text[numberEnd] != ',' || text[numberEnd + 1] != ' ')
        {
            return -1;
        }

        var end = AgeAfterFoundName.DigitsEnd(text, at);
        return end > at && end < text.Length && (text[end] == ',' || (text[end] == '.' && !RegexScan.IsDigit(text, end + 1))) ? end : -1;
    }
}
