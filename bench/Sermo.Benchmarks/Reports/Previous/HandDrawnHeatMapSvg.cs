using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Sermo.Analytics.HeatMaps;
using Sermo.Reports.Rendering;

namespace Sermo.Benchmarks.Reports.Previous;

/// <summary>
/// The heat-map SVG as Sermo wrote it by hand before ScottPlot, kept only as the benchmark's peer (issue 15).
/// Draws a heat map as one self-contained SVG (no scripts, fonts or links), so the same file can be inlined in
/// the web page and the HTML report and printed to PDF/PNG. Built with XElement, which escapes every label.
/// Colour is mentions on a square-root scale from light yellow to dark red: counts are skewed, and a linear
/// scale would paint everything but the biggest brand the same pale yellow.
/// </summary>
public sealed class HandDrawnHeatMapSvg : IReportFileRenderer
{
    private const int CellWidth = 28;
    private const int CellHeight = 20;
    private const int Margin = 16;
    private const int TitleHeight = 40;
    private const int ColumnLabelHeight = 80;
    private const int CharWidth = 7;
    private const int MaxLabelChars = 40;
    private const int MaxColumnLabels = 26;
    private const int LegendWidth = 200;
    private const string HatchId = "suppressed-hatch";
    private const string RampId = "mentions-ramp";
    private const string SuppressedGrey = "#d9d9d9";

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>Light yellow to dark red (ColorBrewer YlOrRd ends and middle).</summary>
    private static readonly (double At, byte R, byte G, byte B)[] Ramp =
    [
        (0.0, 0xff, 0xff, 0xcc),
        (0.5, 0xfd, 0x8d, 0x3c),
        (1.0, 0x80, 0x00, 0x26),
    ];

    public string Format => ReportFormats.Svg;

    public string FileName => "heatmap.svg";

    public async Task RenderAsync(ReportContent content, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(Render(content.HeatMap, content.ClientName));
        await output.WriteAsync(bytes, cancellationToken);
    }

    public string Render(HeatMap heatMap, string clientName)
    {
        ArgumentNullException.ThrowIfNull(heatMap);
        var labelChars = Math.Min(MaxLabelChars, heatMap.Terms.Select(t => t.Length).DefaultIfEmpty(8).Max());
        var gridLeft = Margin + (labelChars * CharWidth) + 8;
        var gridTop = Margin + TitleHeight + ColumnLabelHeight;
        var gridWidth = heatMap.Buckets.Count * CellWidth;
        var gridHeight = heatMap.Terms.Count * CellHeight;
        var legendTop = gridTop + gridHeight + 24;
        var width = Math.Max(gridLeft + gridWidth, Margin + LegendWidth + 260) + Margin;
        var height = legendTop + 48 + Margin;

        var shown = heatMap.Cells.Where(c => !c.Suppressed && c.Mentions is not null).Select(c => c.Mentions!.Value).ToArray();
        var min = shown.Length > 0 ? shown.Min() : 0;
        var max = shown.Length > 0 ? shown.Max() : 0;

        var root = new XElement(Svg + "svg",
            new XAttribute("width", width),
            new XAttribute("height", height),
            new XAttribute("viewBox", $"0 0 {width} {height}"),
            new XAttribute("font-family", "sans-serif"),
            new XAttribute("font-size", 11),
            new XAttribute("role", "img"),
            new XElement(Svg + "title", Clean(Title(heatMap, clientName))),
            Definitions(),
            new XElement(Svg + "rect", new XAttribute("width", width), new XAttribute("height", height), new XAttribute("fill", "#ffffff")),
            Text(Margin, Margin + 16, Title(heatMap, clientName), ("font-size", "15"), ("font-weight", "bold")),
            RowLabels(heatMap, gridTop, gridLeft - 8, labelChars),
            ColumnLabels(heatMap, gridLeft, gridTop - 6),
            Cells(heatMap, gridLeft, gridTop, min, max),
            Legend(heatMap.K, Margin, legendTop, min, max, shown.Length > 0));
        return root.ToString(SaveOptions.DisableFormatting);
    }

    private static string Title(HeatMap map, string clientName)
    {
        var segment = map.Segment is null ? "" : $", segment {map.Segment}";
        return string.Create(CultureInfo.InvariantCulture,
            $"{clientName}: {map.From:yyyy-MM-dd} to {map.To:yyyy-MM-dd}, by {map.Interval.ToString().ToLowerInvariant()}{segment}, k = {map.K}");
    }

    private static XElement Definitions() =>
        new(Svg + "defs",
            new XElement(Svg + "pattern",
                new XAttribute("id", HatchId),
                new XAttribute("width", 6),
                new XAttribute("height", 6),
                new XAttribute("patternUnits", "userSpaceOnUse"),
                new XAttribute("patternTransform", "rotate(45)"),
                new XElement(Svg + "rect", new XAttribute("width", 6), new XAttribute("height", 6), new XAttribute("fill", SuppressedGrey)),
                new XElement(Svg + "line", new XAttribute("x1", 0), new XAttribute("y1", 0), new XAttribute("x2", 0), new XAttribute("y2", 6),
                    new XAttribute("stroke", "#969696"), new XAttribute("stroke-width", 2))),
            new XElement(Svg + "linearGradient",
                new XAttribute("id", RampId),
                Ramp.Select(stop => new XElement(Svg + "stop",
                    new XAttribute("offset", Number(stop.At)),
                    new XAttribute("stop-color", Hex(stop.R, stop.G, stop.B))))));

    private static XElement RowLabels(HeatMap map, int gridTop, int right, int labelChars) =>
        new(Svg + "g", new XAttribute("class", "terms"), new XAttribute("text-anchor", "end"),
            map.Terms.Select((term, t) => RowLabel(term, right, gridTop + (t * CellHeight) + 14, labelChars)));

    /// <summary>A long term is cut with an ellipsis; its full text stays available as a hover title.</summary>
    private static XElement RowLabel(string term, int right, int y, int labelChars) =>
        term.Length <= labelChars
            ? Text(right, y, term)
            : new XElement(Svg + "g", new XElement(Svg + "title", Clean(term)), Text(right, y, Shorten(term, labelChars)));

    private static XElement ColumnLabels(HeatMap map, int gridLeft, int baseline)
    {
        // Past ~26 columns the rotated labels collide; label every Nth bucket instead.
        var step = (int)Math.Ceiling(map.Buckets.Count / (double)MaxColumnLabels);
        var labels = new XElement(Svg + "g", new XAttribute("class", "buckets"));
        for (var b = 0; b < map.Buckets.Count; b += step)
        {
            var x = gridLeft + (b * CellWidth) + (CellWidth / 2);
            labels.Add(new XElement(Svg + "text",
                new XAttribute("transform", $"translate({x},{baseline}) rotate(-60)"),
                TimeBuckets.Label(map.Buckets[b], map.Interval)));
        }

        return labels;
    }

    /// <summary>
    /// Suppressed cells are plain grey rectangles under one hatch-filled path that covers them all: Chromium's PDF
    /// printer writes a pattern out again for every element that uses it (a 52-week map with a few hundred grey cells
    /// was a 1.9 MB PDF that took seconds to print), so the pattern is used once, not once per cell.
    /// </summary>
    private static XElement Cells(HeatMap map, int gridLeft, int gridTop, int min, int max)
    {
        var cells = new XElement(Svg + "g", new XAttribute("class", "cells"), new XAttribute("stroke", "#ffffff"));
        var hatch = new StringBuilder();
        for (var t = 0; t < map.Terms.Count; t++)
        {
            for (var b = 0; b < map.Buckets.Count; b++)
            {
                var cell = map.Cell(t, b);
                var label = TimeBuckets.Label(cell.Bucket, map.Interval);
                // Every grey cell reads the same: saying which ones were suppressed only as complements would
                // tell the reader that the others are the small ones.
                var tooltip = cell.Suppressed
                    ? $"{cell.Term}, {label}: suppressed (fewer than {map.K} authors)"
                    : string.Create(CultureInfo.InvariantCulture, $"{cell.Term}, {label}: {cell.Mentions} mentions, {cell.DistinctAuthors} authors");
                var x = gridLeft + (b * CellWidth);
                var y = gridTop + (t * CellHeight);
                cells.Add(new XElement(Svg + "rect",
                    new XAttribute("x", x),
                    new XAttribute("y", y),
                    new XAttribute("width", CellWidth),
                    new XAttribute("height", CellHeight),
                    cell.Suppressed ? new XAttribute("class", "suppressed") : null,
                    new XAttribute("fill", cell.Suppressed ? SuppressedGrey : Colour(cell.Mentions ?? 0, min, max)),
                    new XElement(Svg + "title", Clean(tooltip))));
                if (cell.Suppressed)
                {
                    hatch.Append(CultureInfo.InvariantCulture, $"M{x} {y}h{CellWidth}v{CellHeight}h-{CellWidth}z");
                }
            }
        }

        if (hatch.Length > 0)
        {
            // Drawn over the grey rectangles; pointer events pass through to them so their titles still show.
            cells.Add(new XElement(Svg + "path",
                new XAttribute("class", "suppressed-hatch"),
                new XAttribute("d", hatch.ToString()),
                new XAttribute("fill", $"url(#{HatchId})"),
                new XAttribute("pointer-events", "none")));
        }

        return cells;
    }

    private static XElement Legend(int k, int left, int top, int min, int max, bool anyShown)
    {
        var legend = new XElement(Svg + "g", new XAttribute("class", "legend"));
        if (anyShown)
        {
            legend.Add(
                Text(left, top, "mentions (square-root scale)"),
                new XElement(Svg + "rect", new XAttribute("x", left), new XAttribute("y", top + 6), new XAttribute("width", LegendWidth),
                    new XAttribute("height", 12), new XAttribute("fill", $"url(#{RampId})")),
                Text(left, top + 32, min.ToString(CultureInfo.InvariantCulture)),
                Text(left + LegendWidth, top + 32, max.ToString(CultureInfo.InvariantCulture), ("text-anchor", "end")));
        }
        else
        {
            legend.Add(Text(left, top + 16, "no cell has enough authors to show"));
        }

        var swatchLeft = left + LegendWidth + 24;
        legend.Add(
            new XElement(Svg + "rect", new XAttribute("x", swatchLeft), new XAttribute("y", top + 6), new XAttribute("width", CellWidth),
                new XAttribute("height", 12), new XAttribute("fill", $"url(#{HatchId})")),
            Text(swatchLeft + CellWidth + 6, top + 16, string.Create(CultureInfo.InvariantCulture, $"suppressed: fewer than {k} authors")));
        return legend;
    }

    private static string Colour(int mentions, int min, int max)
    {
        var span = Math.Sqrt(max) - Math.Sqrt(min);
        var at = span <= 0 ? 1.0 : (Math.Sqrt(mentions) - Math.Sqrt(min)) / span;
        for (var i = 1; i < Ramp.Length; i++)
        {
            if (at <= Ramp[i].At || i == Ramp.Length - 1)
            {
                var (lo, hi) = (Ramp[i - 1], Ramp[i]);
                var f = Math.Clamp((at - lo.At) / (hi.At - lo.At), 0, 1);
                return Hex(Lerp(lo.R, hi.R, f), Lerp(lo.G, hi.G, f), Lerp(lo.B, hi.B, f));
            }
        }

        return Hex(Ramp[^1].R, Ramp[^1].G, Ramp[^1].B);
    }

    private static byte Lerp(byte from, byte to, double f) => (byte)Math.Round(from + ((to - from) * f));

    private static string Hex(byte r, byte g, byte b) => $"#{r:x2}{g:x2}{b:x2}";

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static XElement Text(int x, int y, string content, params (string Name, string Value)[] attributes) =>
        new(Svg + "text",
            new XAttribute("x", x),
            new XAttribute("y", y),
            attributes.Select(a => new XAttribute(a.Name, a.Value)),
            Clean(content));

    private static string Shorten(string label, int maxChars) =>
        label.Length <= maxChars ? label : string.Concat(label.AsSpan(0, maxChars - 1), "…");

    /// <summary>Drops characters XML 1.0 cannot carry (control characters in a watchlist label would break the file).</summary>
    private static string Clean(string text) =>
        text.All(XmlConvert.IsXmlChar) ? text : new string(text.Where(XmlConvert.IsXmlChar).ToArray());
}
