namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 44 (decision 277): numbers the record rules missed by their shape alone, with no label before them, read off round 41's
/// set and the pooled rotation. A device's MAC address ("MAC 00:1B:44:11:3A:B7", "home monitor MAC 90:39:57:98:54:00": ten of
/// ten labelled, rounds 25 and 41, all missed); a payment card's number in four groups of four ("5412 7710 0938 2246", read
/// aloud or copied off a sticky note: three of three, round 41); and a flight by its airline's code alone, glued
/// ("seatmate from HA1326", "Alaska AS1878") or, for codes that are no clinical abbreviation, one space apart ("on DL 46", "flight
/// B6 1203"): 46 of 47 such codes labelled over every readable gold set (rounds 10-41 in eleven rounds; the one left was "UA 10.8",
/// a decimal). Decision 201's "flight" cue reads only two capitals, so "B6" was missed there too. Visits only the token index's
/// hex colons and digit runs (three digits or more), so a two-digit flight ("DL 46") stays.
/// </summary>
internal static class MacAddressesCardsAndCodedFlights
{
    private const int MacLength = 17; // six hex pairs and five colons

    private const int CardGroups = 4;

    // Glued to their digits: "UA1147" is no lab value, while "UA 3+" or "HA 2 days" spaced would be.
    private static readonly string[] GluedAirlineCodes = ["AA", "UA", "DL", "WN", "B6", "AS", "HA", "NK", "F9", "G4", "AC", "WS"];

    // One space apart too: no clinical abbreviation of these two characters stands before a count.
    private static readonly string[] SpacedAirlineCodes = ["DL", "WN", "B6", "NK", "F9", "G4"];

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        foreach (var (colon, _) in index.Of(Anchor.Colon))
        {
            if (colon >= 2 && IsMacAddress(text, colon - 2))
            {
                found.Add(new Detection(colon - 2, colon - 2 + MacLength, PhiType.Serial, 4));
            }
        }

        foreach (var (start, end) in index.Of(Anchor.DigitRun))
        {
            if (CardNumberEnd(text, start, end) is > 0 and var cardEnd)
            {
                found.Add(new Detection(start, cardEnd, PhiType.Account, 4));
            }
            else if (CodedFlightStart(text, start, end) is >= 0 and var flightStart)
            {
                found.Add(new Detection(flightStart, end, PhiType.Account, 4));
            }
        }
    }

    // Only the first colon of the six pairs reads (the one with two hex digits and no colon or word before them).
    private static bool IsMacAddress(string text, int at)
    {
        if (at + MacLength > text.Length || (at > 0 && (RegexScan.IsWordChar(text, at - 1) || text[at - 1] == ':')) || RegexScan.IsWordChar(text, at + MacLength)
            || (at + MacLength < text.Length && text[at + MacLength] == ':'))
        {
            return false;
        }

        for (var k = 0; k < MacLength; k++)
        {
            var c = text[at + k];
            if (k % 3 == 2 ? c != ':' : !char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    // Four groups of four digits, one space or hyphen between them, the first digit a card network's (2-6), nothing glued either side.
    private static int CardNumberEnd(string text, int start, int end)
    {
        if (end - start != 4 || text[start] is < '2' or > '6' || (start > 0 && (RegexScan.IsWordChar(text, start - 1) || text[start - 1] is '-' or '.' or '/')))
        {
            return -1;
        }

        var separator = end < text.Length ? text[end] : '\0';
        if (separator is not (' ' or '-'))
        {
            return -1;
        }

        var at = start;
        for (var group = 0; group < CardGroups; group++, at += 5)
        {
            if (at + 4 > text.Length || (group > 0 && text[at - 1] != separator) || RoomNumbers.Digits(text, at) != 4)
            {
                return -1;
            }
        }

        var cardEnd = at - 1;
        return RegexScan.IsWordChar(text, cardEnd) || (cardEnd + 1 < text.Length && text[cardEnd] == separator && char.IsAsciiDigit(text[cardEnd + 1])) ? -1 : cardEnd;
    }

    // Three or four digits (the index's digit runs) after an airline's code; no decimal, ratio, range or time after them.
    // Returns the code's start.
    private static int CodedFlightStart(string text, int start, int end)
    {
        if (end - start > 4 || text[start] == '0' || start < 2 || !FollowedByNothingNumeric(text, end))
        {
            return -1;
        }

        var glued = text[start - 1] != ' ';
        var codeStart = glued ? start - 2 : start - 3;
        if (codeStart < 0 || (codeStart > 0 && (RegexScan.IsWordChar(text, codeStart - 1) || text[codeStart - 1] is '-' or '.' or '/' or '+')))
        {
            return -1;
        }

        var code = text.AsSpan(codeStart, 2);
        var codes = glued ? GluedAirlineCodes : SpacedAirlineCodes;
        foreach (var known in codes)
        {
            if (code.SequenceEqual(known))
            {
                return codeStart;
            }
        }

        return -1;
    }

    private static bool FollowedByNothingNumeric(string text, int end) =>
        !RegexScan.IsWordChar(text, end)
        && !(end + 1 < text.Length && text[end] is '.' or '/' or '-' or ':' or ',' && char.IsAsciiDigit(text[end + 1]));
}
