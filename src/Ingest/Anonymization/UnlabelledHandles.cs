namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 45 (decision 287): an online handle with no label before it, by its look alone: lower-case words joined by an
/// underscore ("razorback_mom", "nurse_kay77") or a lower-case word with a birth year glued to it ("lilyfern1956"). Decision
/// 180's rule reads a handle after "handle", "username" or "login"; pooled misses of rounds 27, 34, 38, 40, 41 and 42 had nine
/// such handles after "from", "is", "as" or in brackets. Over every readable gold set 47 of 53 such words were labelled (the six
/// left were image file names in one post of round 28, capitalised: not read here). A handle with "@", a URL's or an e-mail's
/// part stays the other rules'. Found by vectorised searches for '_' and for digits.
/// </summary>
internal static class UnlabelledHandles
{
    private const int MinLetters = 3;

    public static void Detect(string text, List<Detection> found)
    {
        FindUnderscored(text, found);
        FindYearGlued(text, found);
    }

    private static void FindUnderscored(string text, List<Detection> found)
    {
        var from = 0;
        while (from < text.Length && text.IndexOf('_', from) is var underscore and > 0)
        {
            var (start, end) = Word(text, underscore);
            from = end + 1;
            if (end - start > underscore - start + 1 && IsHandle(text, start, end) && char.IsAsciiLetterLower(text[start]))
            {
                found.Add(new Detection(start, end, PhiType.Mention, 1));
            }
        }
    }

    private static void FindYearGlued(string text, List<Detection> found)
    {
        var from = 0;
        while (from < text.Length && text.AsSpan(from).IndexOfAnyInRange('0', '9') is var hit and >= 0)
        {
            var at = from + hit;
            var digits = RoomNumbers.Digits(text, at);
            from = at + digits;
            if (digits != 4 || at < MinLetters || !char.IsAsciiLetterLower(text[at - 1]) || !IsBirthYear(text.AsSpan(at, 4)))
            {
                continue;
            }

            var (start, end) = Word(text, at);
            if (end == at + 4 && at - start >= MinLetters && IsHandle(text, start, end) && !text.AsSpan(start, at - start).ContainsAnyExceptInRange('a', 'z'))
            {
                found.Add(new Detection(start, end, PhiType.Mention, 1));
            }
        }
    }

    // The run of ASCII letters, digits and underscores around at.
    private static (int Start, int End) Word(string text, int at)
    {
        var start = at;
        while (start > 0 && IsHandleChar(text[start - 1]))
        {
            start--;
        }

        var end = at;
        while (end < text.Length && IsHandleChar(text[end]))
        {
            end++;
        }

        return (start, end);
    }

    private static bool IsHandleChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    // Lower case, no underscore at either end, not part of an e-mail, a URL, a mention or a file name ("notes_v2.pdf").
    private static bool IsHandle(string text, int start, int end) =>
        text[end - 1] != '_' && text[start] != '_' && !text.AsSpan(start, end - start).ContainsAnyInRange('A', 'Z')
        && (start == 0 || text[start - 1] is not ('@' or '/' or '.' or '-' or ':' or '#'))
        && (end == text.Length || text[end] is not ('@' or '/' or '-') && !(text[end] == '.' && end + 1 < text.Length && char.IsAsciiLetterOrDigit(text[end + 1])));

    // 1920-2029: a year a user writes into a handle.
    private static bool IsBirthYear(ReadOnlySpan<char> year) =>
        (year[0] == '1' && year[1] == '9' && year[2] >= '2') || (year[0] == '2' && year[1] == '0' && year[2] <= '2');
}
