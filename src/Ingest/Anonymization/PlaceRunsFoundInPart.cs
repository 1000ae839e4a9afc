namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A place found in part takes the rest of its capitalised run (round 36, decision 230). Many places without a head noun are
/// several capitalised words of which one is a known town or name: "Cedar Bluff", "Walnut Creek Landing", "Red Carpet Inn", a
/// business named after its town or owner. The finders take the word they know and leave its neighbours, so "[CITY] Landing"
/// tells the rest of the name. Once a town, address or name is found, the capitalised words right beside it on the same line,
/// one space apart and with no punctuation between, join it when they are title case and no list marks them: not English at a
/// sentence's start, not clinical, drug, eponym, month, holiday, state, title, head-noun, person-cue or function words, not half
/// of a hyphenated pair, and not already found as something else ("Maria Lopez Houston" stays a person and a town). Reads only
/// the tokens beside found spans; the lists it asks are cached per token by <see cref="TokenIndex"/>.
/// Round 37 (decision 235): a found name's or town's run followed by a short road word ("Rd", "Ln", "Dr", "Ct", "St"...) after
/// "on", "off", "past" or a house number takes the road word and becomes an address ("on [Tamarack] Dr").
/// </summary>
internal static class PlaceRunsFoundInPart
{
    private const int MaxWords = 3;

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var count = found.Count;
        for (var c = 0; c < count; c++)
        {
            // A found name counts too: the rotation's partly found places are more often "[NAME] Christian Services" or "Red
            // Carpet [NAME]" than a town's run (decision 230's figures).
            var place = found[c];
            if (place.Type is not (PhiType.City or PhiType.Address or PhiType.Name))
            {
                continue;
            }

            var first = FoundTokens.StartingAt(index.Tokens, place.Start);
            var last = FoundTokens.EndingAt(index.Tokens, place.End);
            if (first < 0 || last < first)
            {
                continue;
            }

            var start = RunStartBefore(index, found, count, first);
            var end = RunEndAfter(index, found, count, last);
            var type = place.Type;
            var road = place.Type is PhiType.Name or PhiType.City ? RoadAbbreviationAfter(index, found, count, start, end) : -1;
            if (road > end)
            {
                end = road;
                type = PhiType.Address;
            }
            else if (place.Type is PhiType.Name or PhiType.City && VeteransHospitalAfter(index, found, count, start, end) is var va && va > end)
            {
                end = va;
                type = PhiType.Address;
            }

            if (start < first || end > last)
            {
                FoundTokens.AddUncut(found, new Detection(index.Tokens[start].Start, index.Tokens[end].End, type, place.Priority));
            }
        }
    }

    // The first token of the run that ends at <paramref name="first"/>: up to three run words before it, stopping at a word after
    // a title or person cue ("Dr. Walnut [town]" names a person) and leaving out an English word that opens the sentence.
    private static int RunStartBefore(TokenIndex index, List<Detection> found, int count, int first)
    {
        var start = first;
        for (var i = first - 1; i >= 0 && first - i <= MaxWords && Joined(index, i, i + 1) && IsRunWord(index, found, count, i); i--)
        {
            if (index.Tokens[i].SentenceStart && index.IsEnglishWord(i))
            {
                break;
            }

            start = i;
            if (index.Tokens[i].SentenceStart)
            {
                break;
            }
        }

        return start > 0 && start < first && (index.Kinds[start - 1] & (WordKind.Title | WordKind.PersonCue)) != 0 ? first : start;
    }

    // The last token of the run that starts at <paramref name="last"/>: up to three run words after it.
    private static int RunEndAfter(TokenIndex index, List<Detection> found, int count, int last)
    {
        var end = last;
        for (var i = last + 1; i < index.Tokens.Count && i - last <= MaxWords && Joined(index, i - 1, i) && IsRunWord(index, found, count, i); i++)
        {
            end = i;
        }

        return end;
    }

    // Round 37 (decision 235): a road's name the finders read as a person or a town, with its short road word left after it ("on
    // [Tamarack] Dr", "off [Hog Hollow] Rd", "out past [Riverbend] Ct", "the shelter is on [Juniper] St"). The road word joins the
    // run, and the whole becomes an address, only where the run stands where a road does: right after "on", "off", "onto", "past",
    // "along", "near", "at", "down", "up", "across" or "behind", or after a house number. "Dr" and "St" are also a title and a
    // saint: not before a capitalised word ("Patel Dr. Kim", "on Smith St. Luke's"). The index of the road word, or -1.
    private static int RoadAbbreviationAfter(TokenIndex index, List<Detection> found, int count, int start, int end)
    {
        var road = end + 1;
        if (road >= index.Tokens.Count || !Joined(index, end, road) || index.Tokens[road].IsPossessive
            || FoundTokens.Word(index, road) is not ("Rd" or "Ln" or "Dr" or "Ct" or "St" or "Ave" or "Blvd" or "Hwy" or "Pl" or "Cir" or "Ter" or "Pkwy" or "Trl")
            || FoundTokens.OverlapsAny(found, count, index.Tokens[road].Start, index.Tokens[road].End))
        {
            return -1;
        }

        if (FoundTokens.Word(index, road) is "Dr" or "St" && road + 1 < index.Tokens.Count && FoundTokens.Gap(index, road, road + 1) is " " or ". "
            && char.IsUpper(index.Text[index.Tokens[road + 1].Start]))
        {
            return -1;
        }

        // Tokens are letters only: a house number is the digits in the gap before the run.
        if (HouseNumberBefore(index.Text, index.Tokens[start].Start))
        {
            return road;
        }

        return start > 0 && FoundTokens.Gap(index, start - 1, start) is " "
            && FoundTokens.Word(index, start - 1) is "on" or "off" or "onto" or "past" or "along" or "near" or "at" or "down" or "up" or "across" or "behind"
            ? road : -1;
    }

    // Round 37 (decision 235): "followed at the [Tomah] VA", "drives himself to [Salisbury] VA": a found name's or town's run followed
    // by "VA" or "VAMC" in a place slot (after "the", "at", "to", "from", "between" or "in") is a veterans' hospital named by its
    // town, or a town and its state code; either way the place. "the VA" alone stays: no found word comes before it.
    private static int VeteransHospitalAfter(TokenIndex index, List<Detection> found, int count, int start, int end)
    {
        var va = end + 1;
        return va < index.Tokens.Count && Joined(index, end, va) && FoundTokens.Word(index, va) is "VA" or "VAMC"
            && !FoundTokens.OverlapsAny(found, count, index.Tokens[va].Start, index.Tokens[va].End) && start > 0 && FoundTokens.Gap(index, start - 1, start) is " "
            && FoundTokens.Word(index, start - 1) is "the" or "The" or "at" or "to" or "from" or "between" or "in"
            ? va : -1;
    }

    // One to six digits between a space (or the text's start) and the one space before <paramref name="start"/>: "418 [Vandermolen] Dr".
    private static bool HouseNumberBefore(string text, int start)
    {
        if (start < 2 || text[start - 1] != ' ')
        {
            return false;
        }

        var at = start - 2;
        while (at >= 0 && start - 2 - at < 7 && char.IsAsciiDigit(text[at]))
        {
            at--;
        }

        var digits = start - 2 - at;
        return digits is >= 1 and <= 6 && (at < 0 || text[at] is ' ' or '\n');
    }

    // One space between, no possessive on the left word ("Houston's Finest" is a town and what it owns) and no sentence break.
    private static bool Joined(TokenIndex index, int left, int right) =>
        !index.Tokens[left].IsPossessive && !index.Tokens[right].SentenceStart && FoundTokens.Gap(index, left, right) is " ";

    // A title-case word of no kind that is never part of a name, no clinical or drug-brand word, not half of a hyphenated pair
    // ("Mallory-Weiss tear" after a found name: eponym pairs are hyphenated, and the list may hold the pair but not its halves),
    // and not inside a found span.
    private static bool IsRunWord(TokenIndex index, List<Detection> found, int count, int i) =>
        FoundTokens.MayBeNamePart(index, i) && !index.IsClinicalTerm(i) && !Hyphenated(index, i)
        && ((index.Cues[i] & WordCue.DrugBrand) == 0 || !NamedBrands.Brands.Contains(FoundTokens.Word(index, i)))
        && !FoundTokens.OverlapsAny(found, count, index.Tokens[i].Start, index.Tokens[i].End);

    private static bool Hyphenated(TokenIndex index, int i)
    {
        var token = index.Tokens[i];
        return FoundTokens.Word(index, i).Contains('-') || (token.PossessiveEnd < index.Text.Length && index.Text[token.PossessiveEnd] == '-') || (token.Start > 0 && index.Text[token.Start - 1] == '-');
    }
}
