using System.Buffers;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 44 (decision 277): where a person sat, lay or is buried, by the number after its noun: a plane's or stadium's row, a
/// ship's deck, a train and its coach, sleeper car or roomette, a cemetery's plot or grave, a stadium's section ("row 34 seat",
/// "Amtrak train 570, coach 995,", "deck 7, cabin", "Plot B-51 at", "section 212 row J"). Over every readable gold set 33 of 37
/// such numbers were labelled (rounds 11, 28, 29, 31, 35 and 41; left: "section 8" vouchers and one "deck 9"), nearly all missed.
/// The number (one to four digits, a letter or two and a hyphen before, a letter after) must end its clause (a comma, stop,
/// colon or bracket), stand before "at" or before another of these nouns or "seat" or "cabin"; a section's only before its row or
/// plot. So "row 5 times", "train 300 nurses", "section 8 voucher", "section 3, page 2" and "C-section 2 years ago" stay. Found by one vectorised search of the post for the nouns.
/// </summary>
internal static class SeatsPlotsAndCarriages
{
    private const int MaxDigits = 4;

    private const string SleeperCar = "sleeper car "; // its number after its second space

    private static readonly string[] Nouns =
    [
        "row ", "Row ", "deck ", "Deck ", "train ", "Train ", "coach ", "Coach ", SleeperCar, "roomette ", "Roomette ",
        "plot ", "Plot ", "grave ", "Grave ", "section ", "Section ",
    ];

    // After the number: another place in the same seat or grave ("row 34 seat", "section 212 row J", "deck 14, cabin").
    private static readonly string[] NextPlaceWords = ["row", "seat", "cabin", "coach", "car", "plot", "grave", "at"];

    private static readonly SearchValues<string> NounValues = SearchValues.Create(Nouns, StringComparison.Ordinal);

    public static void Detect(string text, List<Detection> found)
    {
        var hits = new CueHits(text, NounValues);
        while (hits.Next(out var nounStart))
        {
            var at = text.IndexOf(' ', text.AsSpan(nounStart).StartsWith(SleeperCar) ? nounStart + SleeperCar.Length - 1 : nounStart) + 1;
            hits.From = nounStart + 1;
            if ((nounStart > 0 && (RegexScan.IsWordChar(text, nounStart - 1) || text[nounStart - 1] == '-')) || at <= 0)
            {
                continue;
            }

            var section = text[nounStart] is 's' or 'S';
            if (NumberEnd(text, at) is > 0 and var end && (section ? BeforeNextPlace(text, end) : EndsPlace(text, end)))
            {
                found.Add(new Detection(at, end, PhiType.Address, 4));
                hits.From = end;
            }
        }
    }

    // "112", "4B", "B-51", "YY10", "0731": up to two capitals and a hyphen, one to four digits, one capital.
    private static int NumberEnd(string text, int at)
    {
        var k = at;
        while (k < text.Length && k - at < 2 && char.IsAsciiLetterUpper(text[k]))
        {
            k++;
        }

        if (k > at && k < text.Length && text[k] == '-')
        {
            k++;
        }

        var digits = RoomNumbers.Digits(text, k);
        if (digits is < 1 or > MaxDigits)
        {
            return -1;
        }

        var end = k + digits;
        if (end < text.Length && char.IsAsciiLetterUpper(text[end]))
        {
            end++;
        }

        return RegexScan.IsWordChar(text, end) ? -1 : end;
    }

    private static bool EndsPlace(string text, int end)
    {
        if (end == text.Length)
        {
            return true;
        }

        if (text[end] is ',' or ';' or ':' or ')' or '.')
        {
            // No decimal, time or ratio ("section 4.2", "row 3:1").
            return end + 1 == text.Length || !char.IsAsciiDigit(text[end + 1]);
        }

        return text[end] == ' ' && IsNextPlaceWord(text, end + 1);
    }

    // A section only before its row or plot ("section 212 row J", "section 4B, plot 112"): "section 3, page 2" of a paper stays.
    private static bool BeforeNextPlace(string text, int end)
    {
        var next = end < text.Length && text[end] == ',' ? end + 1 : end;
        return next < text.Length && text[next] == ' ' && IsNextPlaceWord(text, next + 1);
    }

    private static bool IsNextPlaceWord(string text, int at)
    {
        var length = 0;
        while (at + length < text.Length && char.IsAsciiLetter(text[at + length]))
        {
            length++;
        }

        var word = text.AsSpan(at, length);
        foreach (var place in NextPlaceWords)
        {
            if (word.Equals(place, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
