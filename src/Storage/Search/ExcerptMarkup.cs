using System.Net;
using System.Text;

namespace Sermo.Storage.Search;

/// <summary>
/// Backends mark matches with control-character sentinels (which HTML-encoding leaves alone and scrubbed text never
/// holds after sanitizing); here the excerpt is HTML-encoded and the sentinels become &lt;mark&gt; tags.
/// </summary>
public static class ExcerptMarkup
{
    public const string Open = "\u0002";
    public const string Close = "\u0003";
    public const int PlainLength = 200;

    public static string ToHtml(string marked)
    {
        var parts = marked.Split(Open);
        var builder = new StringBuilder(marked.Length + 32);
        builder.Append(Encode(parts[0]));
        foreach (var part in parts.Skip(1))
        {
            var close = part.IndexOf(Close, StringComparison.Ordinal);
            var inside = close < 0 ? part : part[..close];
            var after = close < 0 ? "" : part[(close + 1)..];
            builder.Append("<mark>").Append(Encode(inside)).Append("</mark>").Append(Encode(after));
        }

        return builder.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text.Replace(Close, "", StringComparison.Ordinal));

    /// <summary>The start of the text, for hits matched by tag filters only (nothing to highlight).</summary>
    public static string Plain(string text) =>
        WebUtility.HtmlEncode(text.Length <= PlainLength ? text : text[..PlainLength] + "…");
}
