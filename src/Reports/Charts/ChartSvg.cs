using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Sermo.Reports.Charts;

/// <summary>
/// Finishes the SVG Skia writes so it can stand alone and sit inline in the HTML report next to other charts: a viewBox
/// (the report's CSS scales charts to the page), an accessible title, ids prefixed with the chart's id (Skia numbers
/// clip paths and images from zero in every file, so two inlined charts would otherwise share ids), a font list that
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

        var ids = root.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var element in root.Descendants())
        {
            foreach (var attribute in element.Attributes())
            {
                attribute.Value = Rewrite(attribute, drawing.Id, ids);
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

    private static string Rewrite(XAttribute attribute, string prefix, HashSet<string> ids)
    {
        var value = attribute.Value;
        if (attribute.Name.LocalName == "font-family")
        {
            return FontFamily;
        }

        if (attribute.Name.LocalName == "id" && ids.Contains(value))
        {
            return $"{prefix}-{value}";
        }

        if (attribute.Name.LocalName == "href" && value.StartsWith('#') && ids.Contains(value[1..]))
        {
            return $"#{prefix}-{value[1..]}";
        }

        return value.Contains("url(#", StringComparison.Ordinal)
            ? UrlReference().Replace(value, m => ids.Contains(m.Groups[1].Value) ? $"url(#{prefix}-{m.Groups[1].Value})" : m.Value)
            : value;
    }

    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex UrlReference();
}
