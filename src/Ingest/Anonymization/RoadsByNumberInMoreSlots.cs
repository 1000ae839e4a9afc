using System.Buffers;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 47 (decision 304): a numbered road in the slots decision 187's rule (<see cref="NumberedRoadsAlone"/>, a road after "on",
/// "off" or "under") does not read, as crash and road-side posts write them: a road before a direction or a road feature
/// ("US-83 just north of Happy", "Hwy 2 west of town", "the I-35 underpass", "the Route 9 pileup"), a state highway by its
/// letters ("on SH1", "at SR 99"), an exit told after its road in the same sentence ("SR 99 exit 232", "Highway 2 out of town,
/// exit 252"), and "mile marker 60" whole (decision 187 took the number alone; rounds 26 and 44 label the phrase, rounds 21-30
/// the number, and the phrase covers both). Pooled misses in rounds 24, 26, 30, 42 and 44. A road number with a decimal, a
/// unit or a letter run after it stays ("US 4.5 mm", "SR 50 mg"), so does "I-693" the form (no direction or feature after it)
/// and an exit with no road before it in its sentence ("off exit 14", which round 29 leaves unlabelled).
/// Found by one vectorised search of the post for the road words, then a few character tests per hit.
/// </summary>
internal static class RoadsByNumberInMoreSlots
{
    private const int MaxRoadDigits = 4;

    private const int MaxExitDigits = 3;

    private static readonly SearchValues<string> RoadValues = SearchValues.Create(
        ["I-", "US-", "US ", "SH", "SR", "Highway ", "Hwy ", "Route ", "Rte ", "exit ", "Exit ", "mile marker ", "Mile marker ", "Mile Marker "],
        StringComparison.Ordinal);

    // What follows a road's number when the road is a place someone was on: a direction, a road feature, an exit or a marker.
    private static readonly string[] PlaceWordsAfterRoad =
    [
        " north", " south", " east", " west", " just north", " just south", " just east", " just west", " out of ", " exit ",
        " Exit ", " near ", " bridge", " underpass", " overpass", " pileup", " pile-up", " interchange", " on-ramp", " off-ramp",
        " at mile marker", " around mile marker", " near mile marker", " mile marker",
    ];

    // The words a lettered state highway follows ("on SH1", "at SR 99"); without one, "SR" is a drug's release ("metoprolol SR 50").
    private static readonly string[] StateHighwayPrepositions = ["on", "at", "off", "onto", "along", "via", "near", "from", "by", "under"];

    public static void Detect(string text, List<Detection> found)
    {
        var hits = new CueHits(text, RoadValues);
        var roadSentenceEnd = -1; // where the sentence of the last road number read ends: an exit before it is that road's
        while (hits.Next(out var at))
        {
            hits.From = at + 2;
            if (at > 0 && (RegexScan.IsWordChar(text, at - 1) || text[at - 1] == '-'))
            {
                continue; // "BUS-2", "SHSR", "Interstate"
            }

            switch (text[at])
            {
                case 'm' or 'M':
                    hits.From = MileMarker(text, at, found);
                    break;
                case 'e' or 'E':
                    hits.From = Exit(text, at, at < roadSentenceEnd, found);
                    break;
                default:
                    var end = Road(text, at, found);
                    if (end > at)
                    {
                        roadSentenceEnd = SentenceEnd(text, end);
                        hits.From = end;
                    }

                    break;
            }
        }
    }

    // "mile marker 60": the phrase and its number as one place.
    private static int MileMarker(string text, int at, List<Detection> found)
    {
        var numberAt = at + "mile marker ".Length;
        var end = NumberEnd(text, numberAt, MaxRoadDigits);
        if (end > numberAt)
        {
            found.Add(new Detection(at, end, PhiType.Address, 6));
            return end;
        }

        return numberAt;
    }

    // "exit 232", "Exit 47A" in the sentence of a road number read before it.
    private static int Exit(string text, int at, bool afterRoad, List<Detection> found)
    {
        var numberAt = at + "exit ".Length;
        var end = NumberEnd(text, numberAt, MaxExitDigits);
        if (end > numberAt && afterRoad)
        {
            found.Add(new Detection(at, end, PhiType.Address, 6));
        }

        return Math.Max(end, numberAt);
    }

    // A road and its number; found when a place word follows it, or, for the lettered state highways, a road preposition comes
    // before it. The end of its number whether found or not (so the exits of its sentence are read), or the hit itself when
    // no number follows.
    private static int Road(string text, int at, List<Detection> found)
    {
        var numberAt = NumberStart(text, at);
        if (numberAt < 0)
        {
            return at;
        }

        var end = NumberEnd(text, numberAt, MaxRoadDigits);
        if (end <= numberAt)
        {
            return at;
        }

        var lettered = text[at] == 'S';
        var placed = StartsWithAny(text.AsSpan(end), PlaceWordsAfterRoad)
            || (lettered && RegexScan.WordBeforeIsAny(text, at, StateHighwayPrepositions));
        if (placed)
        {
            found.Add(new Detection(at, end, PhiType.Address, 6));
        }

        return end;
    }

    // Where a road word's number starts: "I-35", "US-83", "US 41", "SH1", "SH 1", "SR 99", "SR-99", "Highway 2"; -1 when none.
    private static int NumberStart(string text, int at)
    {
        var after = text[at] switch
        {
            'I' => at + 2,
            'U' => at + 3,
            'S' => at + 2,
            _ => text.IndexOf(' ', at) + 1,
        };
        if (text[at] == 'S' && after < text.Length && text[after] is ' ' or '-')
        {
            after++;
        }

        return RegexScan.IsDigit(text, after) ? after : -1;
    }

    // The end of one to maxDigits digits and at most one capital letter ("47A") at numberAt, with no decimal, clock, ratio or
    // further word after it ("4.5 mm", "2:1", "50mg"); numberAt itself when there is none. A unit after a space is left to the
    // place words, which a unit never is.
    private static int NumberEnd(string text, int numberAt, int maxDigits)
    {
        var end = numberAt;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        if (end == numberAt || end - numberAt > maxDigits)
        {
            return numberAt;
        }

        if (end < text.Length && char.IsAsciiLetterUpper(text[end]) && !RegexScan.IsWordChar(text, end + 1))
        {
            end++;
        }

        if (RegexScan.IsWordChar(text, end) || (end + 1 < text.Length && text[end] is '.' or ',' or ':' or '/' && char.IsAsciiDigit(text[end + 1])))
        {
            return numberAt;
        }

        return end;
    }

    // Where the sentence holding from ends: a period before a space, a question or exclamation mark, or a line end.
    private static int SentenceEnd(string text, int from)
    {
        var rest = text.AsSpan(from);
        var period = rest.IndexOf(". ", StringComparison.Ordinal);
        var stop = rest.IndexOfAny('!', '?', '\n');
        var first = period < 0 ? stop : stop < 0 ? period : Math.Min(period, stop);
        return first < 0 ? text.Length : from + first;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> rest, string[] words)
    {
        foreach (var word in words)
        {
            if (rest.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
