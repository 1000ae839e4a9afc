using System.Buffers;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 53 (decision 373): a radio or television station named by its call sign, four capitals starting with K or W ("an anchor
/// at WKTX 12", "weekend weather on KQRM Channel 5", "the WZBT News Radio newsroom", "KLMW-TV"). A physician who names the station
/// names the patient's employer, and in a local market the anchor with it. Over the readable gold sets (rounds 10-50) such a call
/// sign stands 13 times in two rounds (40 and 50), all labelled, 12 of them after "anchor at" or "all over" or before a channel
/// number or "News Radio"; the one call sign left unlabelled there (round 25's "KSLA ran a story", five times) has no such cue and
/// stays, and so does round 40's "it was on WKBW" (a bare "on" is too common before lab names).
/// A call sign is taken when a station word or band follows it ("Channel 7", "News", "Radio", "TV", "-FM") or when a news job
/// and a preposition, "station:" or "all over" stands before it; a bare channel number after it ("WKTX 12") is taken with it only
/// then. Four capitals are also how lab and score names are written ("KDPI 85", "KRAS G12C"), so a call sign with neither cue
/// stays.
/// Cost (decisions 093, 300, 312): one vectorised search of the post for 'K' and 'W'; at a hit, character tests on the next four
/// characters, and only after four capitals a look at the word after and the two words before.
/// </summary>
internal static class BroadcastStationsByCallSign
{
    private static readonly SearchValues<char> CallSignFirstLetters = SearchValues.Create("KW");

    // The jobs of a newsroom that a physician names before the station ("anchor at", "reporter for").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NewsJobs = new HashSet<string>(
        ["anchor", "anchors", "anchorman", "anchorwoman", "reporter", "reporters", "meteorologist", "weatherman", "weathercaster",
         "producer", "photographer", "photojournalist", "cameraman", "camerawoman", "journalist", "newscaster", "broadcaster",
         "correspondent", "DJ"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> JobPrepositions = new HashSet<string>(
        ["at", "for", "on", "with", "from", "of"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(string text, List<Detection> found)
    {
        var from = 0;
        while (from < text.Length)
        {
            var hit = text.AsSpan(from).IndexOfAny(CallSignFirstLetters);
            if (hit < 0)
            {
                return;
            }

            var start = from + hit;
            from = start + 1;
            if (!IsCallSign(text, start))
            {
                continue;
            }

            var end = BandEnd(text, start + 4);
            var wordTail = StationWordEnd(text, end);
            if (wordTail > end)
            {
                found.Add(new Detection(start, wordTail, PhiType.City, 4));
                from = wordTail;
            }
            else if (HasNewsCueBefore(text, start))
            {
                var stop = ChannelNumberEnd(text, end);
                found.Add(new Detection(start, stop, PhiType.City, 4));
                from = stop;
            }
        }
    }

    // K or W and three more capitals, whole: no word character or hyphen before, no word character after.
    private static bool IsCallSign(string text, int start)
    {
        if (start + 4 > text.Length || RegexScan.IsWordChar(text, start - 1) || (start > 0 && text[start - 1] == '-'))
        {
            return false;
        }

        for (var i = start + 1; i < start + 4; i++)
        {
            if (!char.IsAsciiLetterUpper(text[i]))
            {
                return false;
            }
        }

        return !RegexScan.IsWordChar(text, start + 4);
    }

    // "-TV", "-FM", "-AM", "-DT" after the call sign belong to it.
    private static int BandEnd(string text, int end)
    {
        if (end + 3 <= text.Length && text[end] == '-' && !RegexScan.IsWordChar(text, end + 3))
        {
            var band = text.AsSpan(end + 1, 2);
            if (band is "TV" or "FM" or "AM" or "DT")
            {
                return end + 3;
            }
        }

        return end;
    }

    // The station words that may follow: " Channel 7", " News Radio", " NewsRadio", " News", " Radio", " TV"; end itself when none.
    private static int StationWordEnd(string text, int end)
    {
        if (end >= text.Length || text[end] != ' ')
        {
            return end;
        }

        var rest = text.AsSpan(end + 1);
        if (rest.StartsWith("Channel ", StringComparison.Ordinal))
        {
            var number = ChannelNumberEnd(text, end + 8);
            return number > end + 8 ? number : end;
        }

        foreach (var word in (ReadOnlySpan<string>)["News Radio", "NewsRadio", "News", "Radio", "TV", "Television"])
        {
            if (rest.StartsWith(word, StringComparison.Ordinal) && !RegexScan.IsWordChar(text, end + 1 + word.Length))
            {
                return end + 1 + word.Length;
            }
        }

        return end;
    }

    // " 12" after a call sign or "Channel": one or two digits ending the number ("WKTX 12,", not "KDPI 85.5" or "1200").
    private static int ChannelNumberEnd(string text, int end)
    {
        if (end >= text.Length || text[end] != ' ')
        {
            return end;
        }

        var digits = RoomNumbers.Digits(text, end + 1);
        var after = end + 1 + digits;
        if (digits is < 1 or > 2 || RegexScan.IsWordChar(text, after) || IsValueGoingOn(text, after))
        {
            return end;
        }

        return after;
    }

    // A value rather than a channel: "85.5", "12,400", "40%".
    private static bool IsValueGoingOn(string text, int after) =>
        after < text.Length && (text[after] == '%' || (text[after] is '.' or ',' && after + 1 < text.Length && char.IsAsciiDigit(text[after + 1])));

    // "anchor at ", "reporter for the ", "station: ", "all over " before the call sign.
    private static bool HasNewsCueBefore(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd(' ');
        if (before.EndsWith("station:", StringComparison.OrdinalIgnoreCase) || before.EndsWith("all over", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (before.EndsWith(" the", StringComparison.Ordinal))
        {
            before = before[..^4];
        }

        var preposition = LastWord(before);
        if (preposition.IsEmpty || !JobPrepositions.Contains(preposition))
        {
            return false;
        }

        var job = LastWord(before[..^preposition.Length].TrimEnd(' '));
        return !job.IsEmpty && NewsJobs.Contains(job);
    }

    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> text)
    {
        var start = text.Length;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return start == text.Length || (start > 0 && !char.IsWhiteSpace(text[start - 1])) ? [] : text[start..];
    }
}
