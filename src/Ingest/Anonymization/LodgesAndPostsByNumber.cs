using System.Buffers;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 47 (decision 304): a veterans' post or a fraternal lodge named by one to three capitalised words, its head noun and its
/// number: "VFW Post 8870", "American Legion Post 57", "Elks Lodge 1187", "Harmony Lodge No. 12", "Eagles Aerie 2301", "Royal
/// Canadian Legion Branch 26". Small-town and veterans' care is placed by these halls as by a town; the other rules read the
/// capitalised words as a name and leave the number. Over every readable gold set 13 of 13 such runs are labelled whole (rounds
/// 37 and 44); a union's "Local 40" (labelled by its number alone) and a book's "Chapter 9" are not read. A head with no
/// capitalised word before it ("the post 3 weeks", "lodge 2") stays. Found by one vectorised search of the post for the head
/// nouns (ordinal, capitalised, with their spaces), then a walk back over at most three words.
/// </summary>
internal static class LodgesAndPostsByNumber
{
    private const int MaxRunWords = 3;

    private const int MaxDigits = 5;

    private static readonly SearchValues<string> HeadValues = SearchValues.Create([" Post ", " Lodge ", " Aerie ", " Branch "], StringComparison.Ordinal);

    // Openers and articles at the run's front are not the hall's name: "at the Moose Lodge 402" labels from "Moose".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenerWords = new HashSet<string>(
        ["A", "An", "The", "This", "That", "Our", "Their", "His", "Her", "My", "Your", "At", "From", "To", "In", "Of", "And", "Or", "Called", "Sorry", "No"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(string text, List<Detection> found)
    {
        var hits = new CueHits(text, HeadValues);
        while (hits.Next(out var space))
        {
            var headEnd = text.IndexOf(' ', space + 1);
            hits.From = headEnd;
            var end = NumberEnd(text, headEnd + 1);
            if (end < 0)
            {
                continue;
            }

            var start = RunStart(text, space);
            if (start < space)
            {
                found.Add(new Detection(start, end, PhiType.City, 1));
                hits.From = end;
            }
        }
    }

    // The end of the hall's number after its head: "8870", "No. 12", "#26"; -1 when none or when it runs on ("402nd", "12.5").
    private static int NumberEnd(string text, int at)
    {
        var rest = text.AsSpan(at);
        if (rest.StartsWith("No. ", StringComparison.Ordinal))
        {
            at += 4;
        }
        else if (rest.StartsWith("#", StringComparison.Ordinal))
        {
            at++;
        }

        var end = at;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        var digits = end - at;
        var runsOn = RegexScan.IsWordChar(text, end) || (end + 1 < text.Length && text[end] is '.' or ',' && char.IsAsciiDigit(text[end + 1]));
        return digits is >= 1 and <= MaxDigits && !runsOn ? end : -1;
    }

    // Where the one to three capitalised words before the head start (single spaces between, openers at the front dropped);
    // the head's space itself when there is none.
    private static int RunStart(string text, int space)
    {
        var start = space;
        var cursor = space;
        for (var words = 0; words < MaxRunWords && cursor > 0 && text[cursor] == ' '; words++)
        {
            var wordStart = RegexScan.NameWordStartBefore(text, cursor, withDots: true);

            var word = text.AsSpan(wordStart, cursor - wordStart);
            if (word.IsEmpty || !char.IsUpper(word[0]) || word[^1] == '.' || OpenerWords.Contains(word))
            {
                break;
            }

            start = wordStart;
            cursor = wordStart - 1;
        }

        return start;
    }
}
