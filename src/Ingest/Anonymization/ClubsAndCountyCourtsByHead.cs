using System.Buffers;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 47 (decision 304): a sports club named by one to three capitalised words before "FC", "RFC", "AFC" or "GAA" ("Cork City
/// FC", "Ballymena RFC", "Kerry GAA", "Storm FC"), and a county's court or search-and-rescue team ("King County ITA Court",
/// "Travis County Probate Court 1", "Chelan County SAR"). A team doctor's post is placed by the club as by a town, and a hold or
/// a callout by the county's court or team. Over every readable gold set 9 of 9 club runs (rounds 32, 34 and 44) and 16 of 16
/// county courts and teams (rounds 20, 22, 27, 30 and 44) are labelled, the county's words at least. A court or a team with no
/// "County" in its run ("Supreme Court", "our SAR") stays, and so does a head with no capitalised word before it. Found by one
/// vectorised search of the post for the head nouns (ordinal, capitalised, with the space before), then a walk back over at
/// most four words.
/// </summary>
internal static class ClubsAndCountyCourtsByHead
{
    private const int MaxRunWords = 4;

    private const int MaxClubWords = 3;

    private static readonly SearchValues<string> HeadValues = SearchValues.Create([" FC", " RFC", " AFC", " GAA", " Court", " SAR"], StringComparison.Ordinal);

    // Openers and articles at the run's front are not the club's or court's name: "at the King County ITA Court" labels from "King".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenerWords = new HashSet<string>(
        ["A", "An", "The", "This", "That", "Our", "Their", "His", "Her", "My", "Your", "At", "From", "To", "In", "Of", "And", "Or", "For", "By", "Called", "Team", "Club"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(string text, List<Detection> found)
    {
        var hits = new CueHits(text, HeadValues);
        while (hits.Next(out var space))
        {
            var headEnd = space + 1;
            while (headEnd < text.Length && char.IsAsciiLetter(text[headEnd]))
            {
                headEnd++;
            }

            hits.From = headEnd;
            var head = text.AsSpan(space + 1, headEnd - space - 1);
            var county = head is "Court" or "SAR";
            if (RegexScan.IsDigit(text, headEnd) || (!county && head is not ("FC" or "RFC" or "AFC" or "GAA")))
            {
                continue; // "Courts", "SARS", "FCs"
            }

            var (start, hasCounty) = RunStart(text, space, county ? MaxRunWords : MaxClubWords);
            if (start == space || (county && !hasCounty))
            {
                continue;
            }

            var end = county ? CourtNumberEnd(text, headEnd) : headEnd;
            found.Add(new Detection(start, end, PhiType.City, 1));
            hits.From = end;
        }
    }

    // Where the capitalised words before the head start (single spaces between, openers at the front dropped), and whether
    // "County" is among them after a word of its own ("King County", not "County" alone); the head's space when none.
    private static (int Start, bool HasCounty) RunStart(string text, int space, int maxWords)
    {
        var start = space;
        var cursor = space;
        var countyAt = -1;
        for (var words = 0; words < maxWords && cursor > 0 && text[cursor] == ' '; words++)
        {
            var wordStart = RegexScan.NameWordStartBefore(text, cursor);

            var word = text.AsSpan(wordStart, cursor - wordStart);
            if (word.IsEmpty || !char.IsUpper(word[0]) || OpenerWords.Contains(word))
            {
                break;
            }

            if (word is "County")
            {
                countyAt = wordStart;
            }

            start = wordStart;
            cursor = wordStart - 1;
        }

        return (start, countyAt > start);
    }

    // "Probate Court 1": a court's one or two digit number after it, when no more digits or a decimal follow.
    private static int CourtNumberEnd(string text, int headEnd)
    {
        var at = headEnd + 1;
        if (headEnd >= text.Length || text[headEnd] != ' ' || !RegexScan.IsDigit(text, at))
        {
            return headEnd;
        }

        var end = at;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        var runsOn = RegexScan.IsWordChar(text, end) || (end + 1 < text.Length && text[end] is '.' or ',' or ':' && char.IsAsciiDigit(text[end + 1]));
        return end - at <= 2 && !runsOn ? end : headEnd;
    }
}
