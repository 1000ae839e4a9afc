namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A road named by its number with no house number before it (round 29, decision 187): "lived on Route 9", "crash on Hwy 18",
/// "camp under I-10", "rollover on US-191", and a point on such a road: "found off exit 118", "near mile marker 212". Rural and
/// road-side care is told by the road as a town is by its name: with the town beside it, "mile marker 212 on I-80" places a crash
/// as an address does. <see cref="StreetDetector"/> reads numbered roads only after a house number ("220 Highway 61").
/// A bare "route 2" in lower case is a drug's route, and a number with a unit, a count, a decimal or a range after it is a
/// quantity ("exit 2 times", "Highway 1.5"), so both stay. "I-" and "US-" are taken only after a word a road follows ("on",
/// "off", "under", "from"), and so is every road word but "mile marker": "I-693" the immigration form, "I-1" of a pedigree and
/// "Route 66 was a long drive" stay. Run after both finders: the learned
/// detector's input is unchanged. Since round 34 (decision 218) a road may carry one capitalised street-name word before its road
/// word, the preposition before that word: "on County Road 9", "off Farm Rd 1187", "on State Highway 1", "on Old Hwy 40". "Road"
/// and "Rd" are road words only so (a qualifier before them), as "the road 5 miles on" and "Road 2 of the trial" stay.
/// </summary>
internal static class NumberedRoadsAlone
{
    /// <summary>Words a road's or a road point's number follows; shared with <see cref="WordCues"/> as <see cref="WordCue.RoadWord"/>.</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RoadWords = new HashSet<string>(
        ["route", "rte", "rt", "highway", "hwy", "interstate", "loop", "spur", "exit", "marker", "road", "rd"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // The place prepositions of towns and the words roads take besides ("on I-80", "off I-20", "under I-35"); not "the", which
    // forms take too ("the I-693 form").
    private static readonly string[] RoadPrepositions = [.. LocationDetector.PlacePrepositions, "on", "off", "onto", "under", "along", "via", "after", "by"];

    private const int MaxDigits = 4;

    // Interstates and US highways have one to three digits ("I-5", "I-405", "US-191").
    private const int MaxHyphenatedDigits = 3;

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        var tokens = index.Tokens;
        var words = (index.AnyCues & WordCue.RoadWord) != 0 ? tokens.Count : 0; // no road-shaped word in the post: no token is read
        for (var i = 0; i < words; i++)
        {
            // Decision 093's shared classification first: most words carry no RoadWord flag and are never hashed here.
            if ((index.Cues[i] & WordCue.RoadWord) == 0 || tokens[i].IsPossessive || !RoadWords.Contains(FoundTokens.Word(index, i)))
            {
                continue;
            }

            var word = FoundTokens.Word(index, i);
            var at = tokens[i].End;
            if (at < text.Length && text[at] == '.')
            {
                at++; // "Hwy. 18", "Rte. 9"
            }

            if (word.Equals("marker", StringComparison.OrdinalIgnoreCase))
            {
                // Only "mile marker 212": the number alone is the point, as the road's own name stays outside it.
                var point = NumberAfter(text, at);
                if (point.End > 0 && i > 0 && FoundTokens.Word(index, i - 1).Equals("mile", StringComparison.OrdinalIgnoreCase))
                {
                    found.Add(new Detection(point.Start, point.End, PhiType.Address, 6));
                }

                continue;
            }

            // "route", "loop", "spur" and "interstate" in lower case are ordinary words ("IV route 2", "loop 2 diuretics").
            if (char.IsLower(word[0]) && !(word.Equals("highway", StringComparison.Ordinal) || word.Equals("hwy", StringComparison.Ordinal) || word.Equals("exit", StringComparison.Ordinal)))
            {
                continue;
            }

            // A road places someone who is on, off, near or under it ("lives on Route 9", "found off exit 118"); a road that is the
            // subject of its own sentence is only a road ("Route 66 was a long drive", round 4's test). A county's, farm's or
            // state's road carries its qualifier between the two ("on County Road 9"), and "Road" itself needs one.
            var number = NumberAfter(text, at);
            if (number.End <= 0)
            {
                continue;
            }

            var qualifier = QualifierBefore(index, i);
            var start = qualifier >= 0 ? tokens[qualifier].Start : IsRoadNoun(word) ? -1 : tokens[i].Start;
            if (start >= 0 && RegexScan.WordBeforeIsAny(text, start, RoadPrepositions))
            {
                found.Add(new Detection(start, number.End, PhiType.Address, 6));
            }
        }

        AddHyphenated(text, "I-", found);
        AddHyphenated(text, "US-", found);
    }

    private static bool IsRoadNoun(ReadOnlySpan<char> word) => word.Equals("road", StringComparison.OrdinalIgnoreCase) || word.Equals("rd", StringComparison.OrdinalIgnoreCase);

    // The token before road word i when it is a capitalised street-name word one space before it ("County Road", "Old Hwy",
    // "State Highway"); -1 otherwise. StreetDetector's list of the words US streets carry, read in lower case.
    private static int QualifierBefore(TokenIndex index, int i)
    {
        if (i == 0 || index.Tokens[i - 1].End + 1 != index.Tokens[i].Start || index.Text[index.Tokens[i - 1].End] != ' ')
        {
            return -1;
        }

        var word = FoundTokens.Word(index, i - 1);
        if (word.Length is < 3 or > 12 || !char.IsAsciiLetterUpper(word[0]))
        {
            return -1;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return StreetDetector.IsStreetNameWord(lower) ? i - 1 : -1;
    }

    // "I-80", "US-191": one vectorised search of the post for each prefix, then the word before it.
    private static void AddHyphenated(string text, string prefix, List<Detection> found)
    {
        var from = 0;
        while (from < text.Length && text.AsSpan(from).IndexOf(prefix, StringComparison.Ordinal) is >= 0 and var offset)
        {
            var start = from + offset;
            from = start + prefix.Length;
            if (RegexScan.IsWordChar(text, start - 1) || !RegexScan.WordBeforeIsAny(text, start, RoadPrepositions))
            {
                continue;
            }

            var number = NumberAfter(text, start + prefix.Length, allowSpace: false);
            if (number.End > 0 && number.End - number.Start <= MaxHyphenatedDigits + 1)
            {
                found.Add(new Detection(start, number.End, PhiType.Address, 6));
            }
        }
    }

    // The number after a road word: a space (or none after "#"), one to four digits and at most one capital letter ("9W", "9B"),
    // then no more digits, no decimal or clock mark, and no count, unit or range (the date rules' own list). End 0 when none.
    private static (int Start, int End) NumberAfter(string text, int at, bool allowSpace = true)
    {
        if (allowSpace && at < text.Length && text[at] == ' ')
        {
            at++;
        }

        if (at < text.Length && text[at] == '#')
        {
            at++;
        }

        var start = at;
        while (at < text.Length && char.IsAsciiDigit(text[at]) && at - start <= MaxDigits)
        {
            at++;
        }

        if (at == start || at - start > MaxDigits)
        {
            return default;
        }

        if (at < text.Length && char.IsAsciiLetterUpper(text[at]) && !RegexScan.IsWordChar(text, at + 1))
        {
            at++;
        }

        var decimalOrClock = at + 1 < text.Length && text[at] is '.' or ',' or ':' or '/' && char.IsAsciiDigit(text[at + 1]);
        if (RegexScan.IsWordChar(text, at) || decimalOrClock || DateDetector.IsRangeOfCounts(text, at))
        {
            return default;
        }

        return (start, at);
    }
}
