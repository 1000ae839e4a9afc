using System.Buffers;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 51 (decision 348): a street named by its name and an abbreviated street word, with no house number before it: "lives on
/// Birch St", "a birth center on Bluebonnet Dr", "house call out Hog Hollow Rd", "the barbershop on MLK Blvd", "at Airline Hwy and
/// Old Mill Rd". <see cref="StreetDetector"/> reads a street only after a number; pooled over the rotation (rounds 10-47) these
/// were 22 misses of the places without a head noun in 14 rounds, and over those rounds' gold posts such a run was an identifier
/// 174 times and not 4 ("Dear Dr", "PCP Dr", "Hi Dr": greetings and titles, refused below). One to three capitalised words
/// before the street word (<see cref="TitleCaseRunBefore"/>); "Dr" and "St" followed by a capitalised word are a doctor or a
/// saint ("Okafor Dr. Reyes" stays), and "Dr" needs title case before it ("PCP Dr" stays); a run after a number is the numbered
/// street rule's. Cost (decisions 093, 300): one vectorised ordinal search of the post for the street words with their space;
/// the walk back over at most three words only at a hit.
/// </summary>
internal static class StreetsWithoutNumber
{
    private static readonly string[] StreetWords = [" St", " Rd", " Dr", " Ln", " Blvd", " Ct", " Hwy", " Pkwy"];

    private static readonly SearchValues<string> StreetWordValues = SearchValues.Create(StreetWords, StringComparison.Ordinal);

    public static void Detect(string text, List<Detection> found)
    {
        var hits = new CueHits(text, StreetWordValues);
        while (hits.Next(out var space))
        {
            var end = space + 1;
            while (end < text.Length && char.IsAsciiLetter(text[end]))
            {
                end++;
            }

            hits.From = end;
            var street = text.AsSpan(space + 1, end - space - 1);
            if (RegexScan.IsWordChar(text, end) || !IsStreetWord(street) || BeforeAName(text, end, street))
            {
                continue;
            }

            var (start, words) = TitleCaseRunBefore.Find(text, space, capitalsToo: street is not "Dr");
            if (words == 0 || RegexScan.IsDigit(text, start - 2))
            {
                continue; // no name, or a house number before it ("2209 Yellow Jacket Rd" is the numbered rule's)
            }

            FoundTokens.AddUncut(found, new Detection(start, end < text.Length && text[end] == '.' ? end + 1 : end, PhiType.Address, 1));
        }
    }

    private static bool IsStreetWord(ReadOnlySpan<char> word)
    {
        foreach (var street in StreetWords)
        {
            if (word.SequenceEqual(street.AsSpan(1)))
            {
                return true;
            }
        }

        return false;
    }

    // "Dr. Reyes", "Dr Okafor", "St Mary's": a title or a saint before a capitalised word.
    private static bool BeforeAName(string text, int end, ReadOnlySpan<char> street)
    {
        if (street is not ("Dr" or "St"))
        {
            return false;
        }

        var next = end < text.Length && text[end] == '.' ? end + 1 : end;
        return next + 1 < text.Length && text[next] == ' ' && char.IsUpper(text[next + 1]);
    }
}
