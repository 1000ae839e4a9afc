using System.Buffers;
using System.Net;
using System.Net.Sockets;

namespace Sermo.Ingest.Anonymization;

/// <summary>Phone and fax numbers, email addresses, URLs, IP addresses and @mentions.</summary>
internal static class ContactDetector
{
    // US numbers: +1 / 1 prefix, (555) 123-4567, 555.123.4567, 555 123 4567, 5551234567, optional extension.
    private static readonly LinearRegex Phone = RegexScan.Create(
        @"(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-]?)\d{3}[ .-]?\d{4}(?: ?(?:ext\.?|x\.?|extension) ?\d{1,6})?",
        RegexScan.LinearIgnoreCase);

    // Numbers outside the US: "+44 20 7946 0958", "+91 98657 84688", "+49 30 73784616", and the US exit code "011 52 55 9624 2369".
    private static readonly LinearRegex InternationalPhone = RegexScan.Create(@"(?:\+|\b011[ .-]?)[2-9]\d{0,2}(?:[ .-]\(?\d{1,8}\)?){2,5}");

    private const int MinInternationalDigits = 9;

    // A local number without area code ("555-0142") is also a lab range or a lot number, so it counts only
    // right after a contact word: "call 555-0142", "phone: 555-0142", "phone is 555-0142", "reach me at 555-0142", "fax 555-0199".
    private static readonly LinearRegex LocalPhone = RegexScan.Create(
        @"\b(?:call(?: back| me| her| him| them)?|phone|ph|tel|telephone|cell|mobile|pager|page|text|reach(?: \w+)? at|at|fax|line|office|number|no\.|#):? ?(?:is |was )?(?<id>[2-9]\d{2}[-.]\d{4})\b",
        RegexScan.LinearIgnoreCase);

    // "(842-6142 x289)": a local number with an extension is a phone wherever it stands; no lab range has an extension.
    private static readonly LinearRegex LocalPhoneWithExtension = RegexScan.Create(@"\b[2-9]\d{2}[-.]\d{4},? ?(?:x|ext\.?|extension) ?\d{1,5}\b", RegexScan.LinearIgnoreCase);

    // A vectorised search; string.IndexOf with OrdinalIgnoreCase walks the post far slower.
    private static readonly SearchValues<string> Www = SearchValues.Create(["www."], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<char> UrlStop = SearchValues.Create(" \t\r\n<>\"'[]{}|\\^`");

    /// <summary>Bare domains need one of these, so "e.g." or "q.d." never look like a domain.</summary>
    public static readonly string[] TopLevelDomains =
        ["com", "org", "net", "edu", "gov", "mil", "io", "us", "info", "biz", "co", "health", "care", "md", "me", "ly", "ai", "app", "dev", "uk", "ca"];

    private static readonly LinearRegex BareDomain = RegexScan.Create(
        $@"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:{string.Join('|', TopLevelDomains)})(?:/[^\s<>""'\[\]{{}}|\\^`]*)?",
        RegexScan.LinearIgnoreCase);

    private static readonly LinearRegex Ipv4 = RegexScan.Create(@"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}");

    private static readonly LinearRegex Ipv6Candidate = RegexScan.Create(@"[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}", RegexScan.LinearIgnoreCase);

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
        var anchors = PhoneAnchors(text, index.Of(Anchor.DigitRun));
        foreach (var m in WindowedRegex.MatchesNear(Phone, text, anchors, 8, 24, minDigits: 7))
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

        foreach (var m in WindowedRegex.MatchesNear(InternationalPhone, text, anchors, 16, 24, minDigits: 7))
        {
            var end = m.Index + m.Length;
            if (RegexScan.IsWordChar(text, m.Index - 1) || RegexScan.IsDigit(text, end) || CountDigits(m.ValueSpan) < MinInternationalDigits)
            {
                continue;
            }

            var type = RegexScan.KeywordBefore(text, m.Index, "fax", 24) ? PhiType.Fax : PhiType.Phone;
            found.Add(new Detection(m.Index, end, type, 1));
        }

        foreach (var m in WindowedRegex.MatchesNear(LocalPhoneWithExtension, text, anchors, 8, 24, minDigits: 8))
        {
            if (!RegexScan.IsWordChar(text, m.Index - 1) && !(m.Index > 0 && text[m.Index - 1] is '-' or '.'))
            {
                found.Add(new Detection(m.Index, m.Index + m.Length, RegexScan.KeywordBefore(text, m.Index, "fax", 24) ? PhiType.Fax : PhiType.Phone, 1));
            }
        }

        foreach (var m in WindowedRegex.MatchesNear(LocalPhone, text, anchors, 24, 10, minDigits: 7))
        {
            var id = m.Groups["id"];
            var end = id.Index + id.Length;
            if (RegexScan.IsDigit(text, end) || (end < text.Length && text[end] is '-' or '/' && RegexScan.IsDigit(text, end + 1)))
            {
                continue;
            }

            var type = RegexScan.KeywordBefore(text, id.Index, "fax", 24) ? PhiType.Fax : PhiType.Phone;
            found.Add(new Detection(id.Index, end, type, 1));
        }
    }

    private static int CountDigits(ReadOnlySpan<char> value)
    {
        var count = 0;
        foreach (var c in value)
        {
            count += char.IsAsciiDigit(c) ? 1 : 0;
        }

        return count;
    }

    // A phone number is one run of 7+ digits or runs of 3+ digits at most two characters apart ("555-0142",
    // "(312) 555-0123", "212.555.0147"); a lone "1200" or "2026" opens no regex window.
    private static List<(int Start, int End)> PhoneAnchors(string text, List<(int Start, int End)> runs)
    {
        List<(int Start, int End)>? anchors = null;
        for (var i = 0; i < runs.Count; i++)
        {
            var joined = (i + 1 < runs.Count && runs[i + 1].Start - runs[i].End <= 2) || (i > 0 && runs[i].Start - runs[i - 1].End <= 2);
            if (joined || runs[i].End - runs[i].Start >= 7)
            {
                (anchors ??= []).Add(runs[i]);
            }
        }

        return anchors ?? RegexScan.NoAnchors;
    }

    private static void DetectIps(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        foreach (var m in WindowedRegex.MatchesNear(Ipv4, text, index.Of(Anchor.DigitDot), 16, 16, minDigits: 1))
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

    // "http://", "https://", "ftp://" and "www." run to the next space or quote. Scanned by hand:
    // one NonBacktracking match over a 800k-character URL without spaces took seconds.
    private static void DetectSchemeUrls(string text, List<Detection> found)
    {
        var position = 0;
        int scheme = -2, www = -2; // next occurrences at or after position; -1 once there are none left
        while (position < text.Length)
        {
            // Each search resumes only when passed, so the text is read once per pattern.
            if (scheme != -1 && scheme < position)
            {
                scheme = text.IndexOf("://", position, StringComparison.Ordinal);
            }

            if (www != -1 && www < position)
            {
                var nextWww = text.AsSpan(position).IndexOfAny(Www);
                www = nextWww < 0 ? -1 : position + nextWww;
            }

            if (scheme < 0 && www < 0)
            {
                return;
            }

            int start;
            if (scheme >= 0 && (www < 0 || scheme < www))
            {
                start = scheme;
                while (start > position && scheme - start < 5 && char.IsAsciiLetter(text[start - 1]))
                {
                    start--;
                }

                var name = text.AsSpan(start, scheme - start);
                if (!(name.Equals("http", StringComparison.OrdinalIgnoreCase) || name.Equals("https", StringComparison.OrdinalIgnoreCase) || name.Equals("ftp", StringComparison.OrdinalIgnoreCase)))
                {
                    position = scheme + 3;
                    continue;
                }
            }
            else
            {
                start = www;
            }

            var stop = text.AsSpan(start).IndexOfAny(UrlStop);
            var end = stop < 0 ? text.Length : start + stop;
            (start, end) = RegexScan.TrimTrailing(text, start, end, TrailingPunctuation);
            if (end - start > 4 && !RegexScan.IsWordChar(text, start - 1))
            {
                found.Add(new Detection(start, end, PhiType.Url, 2));
            }

            position = Math.Max(end, start + 3) + 1;
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
        DetectSchemeUrls(text, found);

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
