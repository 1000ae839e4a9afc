using System.Buffers;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A site named by a number after its noun (round 40, decision 251): a pier, terminal, pavilion, camp or tower in a place slot
/// ("seal finger at Pier 400", "lives in the Camp 24 trailers", "works nights on Pavilion 3"), a motel of the chain named by its
/// number ("the Motel 6 on Lamar"), and a retailer's warehouse by its code ("Amazon DFW7", "Amazon BFI4", "Walmart DC 6094").
/// Pooled over rounds 10-36 these were misses in eleven rounds (the motel alone in five posts of five hand authors): the finders
/// read the noun as a name or a town and left the number, or read nothing. The number has one to four digits and no unit, count
/// or decimal after it and no "of" ("Tower 2 of the study"); the site noun is capitalised and follows a place preposition (with "the" between at most), so "Tower 2 of
/// the study", "Camp 3 days" and "Terminal 4 ileum" stay. And a rural route's box ("RR 2 Box 57B", "Rt 1 Box 44"). Found by one
/// vectorised search of the post for all the nouns, not per token.
/// </summary>
internal static class NumberedSites
{
    private const int MaxDigits = 4;

    private static readonly string[] SiteNouns = ["Pier ", "Terminal ", "Pavilion ", "Camp ", "Tower ", "Wharf ", "Berth ", "Hangar ", "Dock ", "Building ", "Bldg "];

    private static readonly string[] PlaceSlots = ["at", "on", "in", "to", "from", "near", "behind", "outside", "off", "the", "by"];

    private static readonly string[] Lodgings = ["Motel 6", "Super 8"];

    private static readonly string[] Retailers = ["Amazon ", "Walmart "];

    private static readonly string[] NumberedRoutes = ["RR", "R.R.", "Rt", "Rt.", "Rte", "HC", "Rural Route", "Route"];

    private static readonly string[] UnnumberedRoutes = ["Star Route"];

    private const string BoxCue = "Box ";

    // Every cue in one vectorised search of the post (decision 246's way), not one search per word. Declared after the lists.
    private static readonly string[] Cues = [.. SiteNouns, .. Lodgings, .. Retailers, BoxCue];

    private static readonly SearchValues<string> CueValues = SearchValues.Create(Cues, StringComparison.Ordinal);

    public static void Detect(string text, List<Detection> found)
    {
        var hits = new CueHits(text, CueValues);
        while (hits.Next(out var start))
        {
            hits.From = start + 1;
            var cue = CueAt(text, start);
            if (RegexScan.IsWordChar(text, start - 1))
            {
                continue;
            }

            if (Array.IndexOf(SiteNouns, cue) >= 0)
            {
                var end = NumberEnd(text, start + cue.Length);
                if (end > 0 && RegexScan.WordBeforeIsAny(text, start, PlaceSlots))
                {
                    found.Add(new Detection(start, end, PhiType.City, 6));
                }
            }
            else if (Array.IndexOf(Lodgings, cue) >= 0)
            {
                if (!RegexScan.IsWordChar(text, start + cue.Length))
                {
                    found.Add(new Detection(start, start + cue.Length, PhiType.City, 6));
                }
            }
            else if (Array.IndexOf(Retailers, cue) >= 0)
            {
                var end = WarehouseCodeEnd(text, start + cue.Length);
                if (end > 0)
                {
                    found.Add(new Detection(start, end, PhiType.City, 6));
                }
            }
            else
            {
                RuralBox(text, start, found);
            }
        }
    }

    private static string CueAt(string text, int start)
    {
        foreach (var cue in Cues)
        {
            if (text.AsSpan(start).StartsWith(cue, StringComparison.Ordinal))
            {
                return cue;
            }
        }

        throw new InvalidOperationException("The search found a cue that no cue starts.");
    }

    // "RR 3 Box 41A", "Rt 1 Box 44", "HC 64 Box 9", "Star Route Box 9": a rural route's box, a letter after its number too (the
    // rule of the first finders, StreetDetector's, reads digits alone and no "Rt"; it feeds the learned model, so it is left as is).
    private static void RuralBox(string text, int box, List<Detection> found)
    {
        var end = box + BoxCue.Length;
        while (end < text.Length && char.IsAsciiDigit(text[end]) && end - box - BoxCue.Length <= 5)
        {
            end++;
        }

        if (end == box + BoxCue.Length || end - box - BoxCue.Length > 5)
        {
            return;
        }

        end += end < text.Length && char.IsAsciiLetterUpper(text[end]) ? 1 : 0;
        var route = RouteBefore(text, box);
        if (route >= 0 && !RegexScan.IsWordChar(text, end))
        {
            found.Add(new Detection(route, end, PhiType.Address, 6));
        }
    }

    // The start of "RR 3 ", "Rt 1, ", "HC 64 " or "Star Route " right before a box; -1 when none.
    private static int RouteBefore(string text, int box)
    {
        var at = box - 1;
        if (at < 1 || text[at] != ' ')
        {
            return -1;
        }

        at -= text[at - 1] == ',' ? 1 : 0;
        var digitsEnd = at;
        while (at > 0 && char.IsAsciiDigit(text[at - 1]))
        {
            at--;
        }

        var numbered = at < digitsEnd;
        if (numbered)
        {
            at -= at > 0 && text[at - 1] == ' ' ? 1 : 0;
        }

        foreach (var route in numbered ? NumberedRoutes : UnnumberedRoutes)
        {
            var start = at - route.Length;
            if (start >= 0 && text.AsSpan(start, route.Length).SequenceEqual(route) && !RegexScan.IsWordChar(text, start - 1))
            {
                return start;
            }
        }

        return -1;
    }

    // "DFW7", "MSP5" (three capitals and one or two digits, an airport's code and the site's number) or "DC 6094" (a distribution
    // centre and three to five digits): the end of the code, or 0.
    private static int WarehouseCodeEnd(string text, int at)
    {
        var end = at;
        while (end < text.Length && char.IsAsciiLetterUpper(text[end]))
        {
            end++;
        }

        var letters = end - at;
        var digitsAt = letters == 2 && text.AsSpan(at, 2) is "DC" && end < text.Length && text[end] == ' ' ? end + 1 : end;
        var digitsEnd = digitsAt;
        while (digitsEnd < text.Length && char.IsAsciiDigit(text[digitsEnd]))
        {
            digitsEnd++;
        }

        var digits = digitsEnd - digitsAt;
        var shaped = digitsAt > end ? digits is >= 3 and <= 5 : letters == 3 && digits is 1 or 2;
        return shaped && !RegexScan.IsWordChar(text, digitsEnd) ? digitsEnd : 0;
    }

    // One to four digits (a capital after them at most: "Pier 39B") and no unit, count, range or decimal after.
    private static int NumberEnd(string text, int at)
    {
        var end = at;
        while (end < text.Length && char.IsAsciiDigit(text[end]) && end - at <= MaxDigits)
        {
            end++;
        }

        if (end == at || end - at > MaxDigits)
        {
            return 0;
        }

        if (end < text.Length && char.IsAsciiLetterUpper(text[end]) && !RegexScan.IsWordChar(text, end + 1))
        {
            end++;
        }

        var decimalOrRange = end + 1 < text.Length && text[end] is '.' or ',' or '-' or '/' && char.IsAsciiDigit(text[end + 1]);
        // "Tower 2 of the study", "Camp 3 of 5": a part of a whole, no site.
        var partOf = text.AsSpan(end).StartsWith(" of ", StringComparison.Ordinal);
        return RegexScan.IsWordChar(text, end) || decimalOrRange || partOf || DateDetector.IsRangeOfCounts(text, end) || RoomNumbers.UnitFollows(text, end) ? 0 : end;
    }
}
