namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A place whose name a finder took only in part because one of its words reads as a person's (round 22, decision 155): "Port
/// [name]", "Fort [name]", "St. [name]'s", "USS [name]", "[name] Island", "[name] County", "[name] AFB". The found word and the
/// capitalised place word joined to it are one place; left as it was, "Lake [NAME]" or "[NAME] Springs" still names the town.
/// The pooled misses of rounds 10-21 had such half-found towns, saints' hospitals, ships and bases in ten of twelve rounds (the
/// largest cause, towns and facilities with no head noun, holds them). Only a found name or town is extended, and only by
/// capitalised words of the closed lists below, so a clean post or a clinical term is never touched.
/// </summary>
internal static class PlacesAroundFoundNames
{
    private const int MaxOpeners = 2;

    // Capitalised words that open a place's name before a found word: towns, forts, lakes, saints, ships.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Openers = new HashSet<string>(
        ["Port", "Fort", "Ft", "Mount", "Mt", "Lake", "Camp", "Cape", "St", "Ste", "Saint", "USS", "USNS", "USCGC", "HMS", "HMCS"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Abbreviated openers written with a period: "St. Luke's", "Ft. Hood", "Mt. Pisgah".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Abbreviated = new HashSet<string>(
        ["Ft", "Mt", "St", "Ste"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Capitalised words that close a place's name after a found word: islands, counties, springs, bases.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Closers = new HashSet<string>(
        ["Island", "Islands", "Bay", "County", "Parish", "Beach", "Springs", "Falls", "Heights", "Harbor", "Harbour", "Creek", "AFB",
         "Township", "Reservation"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var tokens = index.Tokens;
        var count = found.Count;
        for (var c = 0; c < count; c++)
        {
            var d = found[c];
            if (d.Type is not (PhiType.Name or PhiType.City))
            {
                continue;
            }

            var first = FoundTokens.StartingAt(tokens, d.Start);
            var last = FoundTokens.EndingAt(tokens, d.End);
            if (first < 0 || last < first)
            {
                continue;
            }

            var opener = first;
            for (var k = 0; k < MaxOpeners && OpenerBefore(index, opener) is var before && before < opener; k++)
            {
                opener = before; // "Mount St. Joseph": an opener before an opener
            }

            var closer = CloserAfter(index, last);
            if (opener == first && closer == last)
            {
                continue;
            }

            var place = WithOverlaps(new Detection(tokens[opener].Start, Math.Max(d.End, tokens[closer].PossessiveEnd), PhiType.City, 1), found, count);
            if (place.Length > 0)
            {
                found.Add(place);
            }
        }
    }

    // The place joined with every found span it overlaps, so that one span covers all their words ("Sault Ste" and "Ste. Marie"
    // would otherwise compete and one word be left); an empty span when one found span already covers the place.
    private static Detection WithOverlaps(Detection place, List<Detection> found, int count)
    {
        if (FoundTokens.CoveredByOne(found, count, place.Start, place.End))
        {
            return place with { End = place.Start };
        }

        var (start, end) = (place.Start, place.End);
        for (var c = 0; c < count; c++)
        {
            var d = found[c];
            if (d.Start < place.End && place.Start < d.End)
            {
                (start, end) = (Math.Min(start, d.Start), Math.Max(end, d.End));
            }
        }

        return place with { Start = start, End = end };
    }

    // The opener token right before token <paramref name="first"/>, or <paramref name="first"/> when there is none.
    private static int OpenerBefore(TokenIndex index, int first)
    {
        if (first == 0)
        {
            return first;
        }

        var word = FoundTokens.Word(index, first - 1);
        var gap = FoundTokens.Gap(index, first - 1, first);
        return Openers.Contains(word) && (gap is " " || (gap is ". " && Abbreviated.Contains(word))) ? first - 1 : first;
    }

    // The closer token right after token <paramref name="last"/>, or <paramref name="last"/> when there is none.
    private static int CloserAfter(TokenIndex index, int last)
    {
        if (last + 1 >= index.Tokens.Count || index.Tokens[last].IsPossessive || FoundTokens.Gap(index, last, last + 1) is not " ")
        {
            return last;
        }

        return Closers.Contains(FoundTokens.Word(index, last + 1)) ? last + 1 : last;
    }
}
