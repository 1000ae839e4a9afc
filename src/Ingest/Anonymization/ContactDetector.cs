using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Sermo.Ingest.Anonymization;

/// <summary>Phone and fax numbers, email addresses, URLs, IP addresses and @mentions.</summary>
internal static class ContactDetector
{
    // US numbers: +1 / 1 prefix, (555) 123-4567, 555.123.4567, 555 123 4567, 5551234567, optional extension.
    private static readonly Regex Phone = RegexScan.Create(
        @"(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-]?)\d{3}[ .-]?\d{4}(?: ?(?:ext\.?|x\.?|extension) ?\d{1,6})?",
        RegexScan.LinearIgnoreCase);

    private static readonly Regex SchemeUrl = RegexScan.Create(
        @"(?:https?://|ftp://|www\.)[^\s<>""'\[\]{}|\\^`]+", RegexScan.LinearIgnoreCase);

    /// <summary>Bare domains need one of these, so "e.g." or "q.d." never look like a domain.</summary>
    public static readonly string[] TopLevelDomains =
        ["com", "org", "net", "edu", "gov", "mil", "io", "us", "info", "biz", "co", "health", "care", "md", "me", "ly", "ai", "app", "dev", "uk", "ca"];

    private static readonly Regex BareDomain = RegexScan.Create(
        $@"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:{string.Join('|', TopLevelDomains)})(?:/[^\s<>""'\[\]{{}}|\\^`]*)?",
        RegexScan.LinearIgnoreCase);

    private static readonly Regex Ipv4 = RegexScan.Create(@"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}");

    private static readonly Regex Ipv6Candidate = RegexScan.Create(@"[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}", RegexScan.LinearIgnoreCase);

    private const string TrailingPunctuation = ".,;:!?)'\"-";

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        var hasDigit = RegexScan.ContainsDigit(text);
        var hasAt = text.Contains('@', StringComparison.Ordinal);
        if (hasDigit)
        {
            DetectPhones(index, found);
            DetectIps(index, found);
        }

        if (hasAt)
        {
            AtSignScanner.Detect(text, found);
        }

        DetectUrls(index, found);
    }

    private static void DetectPhones(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        foreach (var m in WindowedRegex.MatchesNear(Phone, text, index.Of(Anchor.DigitRun), 8, 24))
        {
            var start = m.Index;
            var end = m.Index + m.Length;
            if (RegexScan.IsWordChar(text, start - 1) || RegexScan.IsDigit(text, end) || (end < text.Length && text[end] is '-' or '/' && RegexScan.IsDigit(text, end + 1)))
            {
                continue;
            }

            // "(555)" keeps its opening parenthesis only when the match starts with it.
            var type = RegexScan.KeywordBefore(text, start, "fax", 24) ? PhiType.Fax : PhiType.Phone;
            found.Add(new Detection(start, end, type, 1));
        }
    }

    private static void DetectIps(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        foreach (var m in WindowedRegex.MatchesNear(Ipv4, text, index.Of(Anchor.DigitDot), 16, 16))
        {
            var end = m.Index + m.Length;
            if (RegexScan.IsWordChar(text, m.Index - 1) || RegexScan.IsWordChar(text, end) || (end + 1 < text.Length && text[end] == '.' && RegexScan.IsDigit(text, end + 1)))
            {
                continue;
            }

            if (IPAddress.TryParse(m.ValueSpan, out _) && AllOctetsValid(m.ValueSpan))
            {
                found.Add(new Detection(m.Index, end, PhiType.Ip, 3));
            }
        }

        foreach (var m in WindowedRegex.MatchesNear(Ipv6Candidate, text, index.Of(Anchor.Colon), 40, 40))
        {
            var value = m.ValueSpan;
            var colons = value.Count(':');
            if (m.Length < 6 || (colons < 7 && !value.Contains("::", StringComparison.Ordinal)) || RegexScan.IsWordChar(text, m.Index - 1))
            {
                continue;
            }

            if (IPAddress.TryParse(value, out var address) && address.AddressFamily == AddressFamily.InterNetworkV6)
            {
                found.Add(new Detection(m.Index, m.Index + m.Length, PhiType.Ip, 3));
            }
        }
    }

    private static bool AllOctetsValid(ReadOnlySpan<char> value)
    {
        foreach (var range in value.Split('.'))
        {
            if (!int.TryParse(value[range], out var octet) || octet > 255)
            {
                return false;
            }
        }

        return true;
    }

    private static void DetectUrls(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        var hasScheme = text.Contains("://", StringComparison.Ordinal) || text.Contains("www.", StringComparison.OrdinalIgnoreCase);
        foreach (var m in hasScheme ? SchemeUrl.Matches(text) : Enumerable.Empty<Match>())
        {
            var (start, end) = RegexScan.TrimTrailing(text, m.Index, m.Index + m.Length, TrailingPunctuation);
            found.Add(new Detection(start, end, PhiType.Url, 2));
        }

        foreach (var m in WindowedRegex.MatchesNear(BareDomain, text, index.Of(Anchor.TopLevelDomain), 128, 128))
        {
            var end = m.Index + m.Length;
            if (RegexScan.IsWordChar(text, m.Index - 1) || (m.Index > 0 && text[m.Index - 1] is '@' or '.' or '/') || RegexScan.IsWordChar(text, end))
            {
                continue;
            }

            var (start, trimmedEnd) = RegexScan.TrimTrailing(text, m.Index, end, TrailingPunctuation);
            found.Add(new Detection(start, trimmedEnd, PhiType.Url, 1));
        }
    }
}
