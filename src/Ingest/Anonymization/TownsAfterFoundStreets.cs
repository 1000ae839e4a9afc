namespace Sermo.Ingest.Anonymization;

/// <summary>
/// The town of an address line after its street (round 39, decision 245): "lives at 12 Larchmere Rd, Regret.", "off Marlow
/// Road, Tranquil - home", "9 Felden Ave, Placid and Content (no phone)". <see cref="AddressTowns"/> and the town lists read a town
/// they know after a street; a town that is an English word ("Regret", "Tranquil", "Wistful") is in no town list
/// a rule may use without a cue, and after a found street and a comma the slot itself says what it is. One to three title-case
/// words (joined by "and" or "or" as in "Placid and Content") become a town when a street found so far ends right before ", ", and
/// the words close the line's part: punctuation, a line break, the end, a ZIP's digit or a two- or three-letter state code
/// ("Wistful KS") comes next. No word may be clinical, an eponym, a month, a holiday, a state, a title or a person cue
/// ("Oak St, Tuesday" is a weekday, in the clinical list). The street may also be a found name or town ending in a road word, or
/// followed by one before the comma ("on [Quillon] Road, Tranquil", "[Brodwick] St, Tranquil": the finders read the street's name
/// as a person or a town); the road word then joins that span as an address. Reads only the text after found spans.
/// </summary>
internal static class TownsAfterFoundStreets
{
    private const int MaxWords = 3;

    // The slot carries the cue, so capitalised function words ("Then", "Now") may name the town; never these kinds.
    private const WordKind NeverATownWord = FoundTokens.NeverNamePart;

    // Road words that end a street the finders may have read as a name or a town ("on [Felden] Road, Tranquil"): the street is
    // then no found address, but the road word before the comma still says what the line is.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RoadWords = new HashSet<string>(
        ["Rd", "Road", "St", "Street", "Ave", "Avenue", "Ln", "Lane", "Dr", "Drive", "Blvd", "Hwy", "Highway", "Ct", "Court", "Pike", "Pkwy",
         "Trl", "Trail", "Cir"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var count = found.Count;
        for (var c = 0; c < count; c++)
        {
            var street = found[c];
            if (street.Type is not (PhiType.Address or PhiType.City or PhiType.Name))
            {
                continue;
            }

            var last = FoundTokens.EndingAt(index.Tokens, street.End);
            var end = street.End;
            if (street.Type != PhiType.Address && (last < 0 || index.Tokens[last].End != end || !RoadWords.Contains(FoundTokens.Word(index, last))))
            {
                // "[Brodwick] St, Tranquil": a road word one space after a found name or town, before the comma, makes it a street.
                var road = last + 1;
                if (last < 0 || road >= index.Tokens.Count || FoundTokens.Gap(index, last, road) is not " " || index.Tokens[road].Start != end + 1
                    || !RoadWords.Contains(FoundTokens.Word(index, road)))
                {
                    continue;
                }

                end = index.Tokens[road].End;
                if (!TownAfter(index, found, end))
                {
                    continue;
                }

                FoundTokens.AddUncut(found, new Detection(street.Start, end, PhiType.Address, street.Priority));
                continue;
            }

            TownAfter(index, found, end);
        }
    }

    // Adds the town after ", " at <paramref name="end"/> when its words close the line's part; whether it did.
    private static bool TownAfter(TokenIndex index, List<Detection> found, int end)
    {
        var text = index.Text;
        if (end + 2 >= text.Length || text[end] != ',' || text[end + 1] != ' ')
        {
            return false;
        }

        var first = FoundTokens.StartingAt(index.Tokens, end + 2);
        var last = first < 0 ? -1 : RunEnd(index, first);
        if (first < 0 || last < first || !ClosesPart(index, last))
        {
            return false;
        }

        FoundTokens.AddUncut(found, new Detection(index.Tokens[first].Start, index.Tokens[last].End, PhiType.City, 1));
        return true;
    }

    // The last token of one to three town words from <paramref name="first"/> joined by single spaces, or -1.
    private static int RunEnd(TokenIndex index, int first)
    {
        var last = -1;
        var words = 0;
        for (var k = first; k < index.Tokens.Count && words < MaxWords; k++)
        {
            if (k > first && (FoundTokens.Gap(index, k - 1, k) is not " " || index.Tokens[k - 1].IsPossessive))
            {
                break;
            }

            // "Placid and Content": a joining word between two town words.
            if (last == k - 1 && k > first && FoundTokens.Word(index, k) is "and" or "or" && k + 1 < index.Tokens.Count
                && FoundTokens.Gap(index, k, k + 1) is " " && IsTownWord(index, k + 1))
            {
                last = ++k;
                words++;
                continue;
            }

            if (!IsTownWord(index, k))
            {
                break;
            }

            last = k;
            words++;
        }

        return last;
    }

    private static bool IsTownWord(TokenIndex index, int k) =>
        index.Tokens[k].Length >= 3 && FoundTokens.IsTitleCase(FoundTokens.Word(index, k)) && (index.Kinds[k] & NeverATownWord) == 0
        && !index.IsClinicalTerm(k);

    // What may follow a town on an address line: the end, punctuation or a line break, a ZIP's digit, or a state code in capitals.
    private static bool ClosesPart(TokenIndex index, int last)
    {
        var text = index.Text;
        var at = index.Tokens[last].PossessiveEnd;
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        if (at >= text.Length || text[at] is '.' or ',' or ';' or ':' or '(' or ')' or '-' or '|' or '\n' or '\r' || char.IsAsciiDigit(text[at]))
        {
            return true;
        }

        var next = last + 1;
        if (next >= index.Tokens.Count || index.Tokens[next].Start != at)
        {
            return false;
        }

        var code = FoundTokens.Word(index, next);
        return code.Length is 2 or 3 && !code.ContainsAnyExceptInRange('A', 'Z');
    }
}
