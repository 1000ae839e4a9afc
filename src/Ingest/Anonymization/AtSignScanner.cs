using System.Buffers;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Emails and @mentions, scanned by hand from each "@". A regex spends a match attempt at every "@"
/// of "a@a@a@..." (hundreds of thousands on a hostile post); here each scan stops at the next "@",
/// so the whole post is read a bounded number of times.
/// </summary>
internal static class AtSignScanner
{
    private const int MaxLocalPart = 64;
    private const int MaxDomain = 255;

    private static readonly SearchValues<char> LocalPartChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-");

    private static readonly SearchValues<char> DomainChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-");

    private static readonly SearchValues<char> Letters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static readonly SearchValues<char> HandleChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-");

    public static void Detect(string text, List<Detection> found)
    {
        var at = text.IndexOf('@');
        while (at >= 0)
        {
            if (!TryEmail(text, at, found))
            {
                TryMention(text, at, found);
            }

            at = text.IndexOf('@', at + 1);
        }
    }

    private static bool TryEmail(string text, int at, List<Detection> found)
    {
        var start = at;
        while (start > 0 && at - start < MaxLocalPart && LocalPartChars.Contains(text[start - 1]))
        {
            start--;
        }

        var end = at + 1;
        while (end < text.Length && end - at <= MaxDomain && DomainChars.Contains(text[end]))
        {
            end++;
        }

        while (end > at + 1 && text[end - 1] is '.' or '-')
        {
            end--;
        }

        var domain = text.AsSpan(at + 1, end - at - 1);
        var lastDot = domain.LastIndexOf('.');
        if (start == at || lastDot <= 0 || !char.IsAsciiLetterOrDigit(domain[0]) || domain.Length - lastDot - 1 < 2
            || domain[(lastDot + 1)..].ContainsAnyExcept(Letters))
        {
            return false;
        }

        found.Add(new Detection(start, end, PhiType.Email, 2));
        return true;
    }

    // An @ inside a word belongs to an email (or is noise), not a mention.
    private static void TryMention(string text, int at, List<Detection> found)
    {
        if (RegexScan.IsWordChar(text, at - 1) || at + 1 >= text.Length || !(char.IsAsciiLetterOrDigit(text[at + 1]) || text[at + 1] == '_'))
        {
            return;
        }

        var end = at + 1;
        while (end < text.Length && HandleChars.Contains(text[end]))
        {
            end++;
        }

        while (text[end - 1] is '.' or '-')
        {
            end--;
        }

        found.Add(new Detection(at, end, PhiType.Mention, 1));
    }
}
