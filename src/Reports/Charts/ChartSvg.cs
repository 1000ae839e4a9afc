using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Sermo.Reports.Charts;

/// <summary>
/// Finishes the SVG Skia writes so it can stand alone and sit inline in the HTML report next to other charts: a viewBox
/// (the report's CSS scales charts to the page), an accessible title, ids renamed to the chart's id and their order in
/// the file (Skia numbers clip paths from a counter shared by the whole process, so the same chart would differ from
/// one rendering to the next, and two inlined charts could share ids), a font list that
/// falls back to a sans-serif where DejaVu Sans is not installed, and no layout whitespace inside text elements.
/// </summary>
internal static partial class ChartSvg
{
    public const string FontFamily = ChartStyle.Font + ", Verdana, Arial, sans-serif";

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static string Finish(ChartDrawing drawing, Stream skiaSvg)
    {
        var root = XDocument.Load(skiaSvg).Root ?? throw new InvalidDataException($"Skia wrote no SVG for the {drawing.Id} chart.");
        root.SetAttributeValue("viewBox", string.Create(CultureInfo.InvariantCulture, $"0 0 {drawing.Width} {drawing.Height}"));
        root.SetAttributeValue("role", "img");
        root.SetAttributeValue("class", $"chart chart-{drawing.Id}");
        root.AddFirst(new XElement(Svg + "title", ChartText.Clean(drawing.Title)));

        var ids = root.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().Distinct(StringComparer.Ordinal)
            .Select((id, index) => (id, index)).ToDictionary(x => x.id, x => $"{drawing.Id}-{x.index}", StringComparer.Ordinal);
        foreach (var element in root.Descendants())
        {
            foreach (var attribute in element.Attributes())
            {
                attribute.Value = Rewrite(attribute, ids);
            }

            if (element.Name == Svg + "text")
            {
                foreach (var text in element.Nodes().OfType<XText>())
                {
                    text.Value = text.Value.Trim();
                }
            }
        }

        return root.ToString(SaveOptions.DisableFormatting);
    }

    private static string Rewrite(XAttribute attribute, IReadOnlyDictionary<string, string> ids)
    {
        var value = attribute.Value;
        if (attribute.Name.LocalName == "font-family")
        {
            return FontFamily;
        }

        if (attribute.Name.LocalName == "id" && ids.TryGetValue(value, out var id))
        {
            return id;
        }

        if (attribute.Name.LocalName == "href" && value.StartsWith('#') && ids.TryGetValue(value[1..], out var target))
        {
            return $"#{target}";
        }

        return value.Contains("url(#", StringComparison.Ordinal)
            ? UrlReference().Replace(value, m => ids.TryGetValue(m.Groups[1].Value, out var url) ? $"url(#{url})" : m.Value)
            : value;
    }

    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex UrlReference();
}
