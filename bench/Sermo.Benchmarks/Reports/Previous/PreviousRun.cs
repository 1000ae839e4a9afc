using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Sermo.Reports.Charts;
using Sermo.Reports.Chromium;
using Sermo.Reports.Html;
using Sermo.Reports.Rendering;

namespace Sermo.Benchmarks.Reports.Previous;

/// <summary>
/// The renderers a full run used before ScottPlot (issue 15), kept only as the benchmark's peer: the HTML with the
/// hand-drawn heat-map SVG and no line charts, the PDF and the heat-map PNG printed from one Chromium page (the PNG a
/// 2× photo of the heat-map element), and the hand-drawn SVG file. Run through today's ReportWriter like the new set.
/// </summary>
internal static partial class PreviousRun
{
    public static IReportFileRenderer[] Renderers(ChromiumBrowser chromium)
    {
        var svg = new HandDrawnHeatMapSvg();
        var html = new Html(svg);
        var printer = new Printer(html, chromium);
        return [new Sermo.Reports.HeatMaps.HeatMapCsvWriter(), new Sermo.Reports.Xlsx.HeatMapXlsxWriter(), html, new Printed(printer, ReportFormats.Pdf, "report.pdf"), new Printed(printer, ReportFormats.Png, "heatmap.png"), svg];
    }

    /// <summary>Today's HTML with only the heat map (no line charts), its figure replaced by the hand-drawn SVG.</summary>
    internal sealed partial class Html(HandDrawnHeatMapSvg svg) : IReportFileRenderer
    {
        private readonly ReportHtmlRenderer _today = new(new ReportCharts([new HeatMapChart()]));

        public string Format => ReportFormats.Html;

        public string FileName => "report.html";

        public string Render(ReportContent content) =>
            Figure().Replace(_today.Render(content), m => m.Groups[1].Value + svg.Render(content.HeatMap, content.ClientName) + "</figure>", 1);

        public async Task RenderAsync(ReportContent content, Stream output, CancellationToken cancellationToken) =>
            await output.WriteAsync(Encoding.UTF8.GetBytes(Render(content)), cancellationToken);

        [GeneratedRegex("(<figure class=\"chart heatmap\" id=\"heatmap-figure\">).*?</figure>", RegexOptions.Singleline)]
        private static partial Regex Figure();
    }

    /// <summary>The former ChromiumReportPrinter: one page per run, PDF printed, then the heat-map element photographed.</summary>
    private sealed class Printer(Html html, ChromiumBrowser chromium)
    {
        private readonly ConditionalWeakTable<ReportContent, Task<(byte[]? Pdf, byte[]? Png)>> _prints = [];

        public async Task<byte[]> PrintAsync(ReportContent content, string format, CancellationToken cancellationToken)
        {
            var printed = await _prints.GetValue(content, c => PrintAsync(c, cancellationToken)).WaitAsync(cancellationToken);
            return (format == ReportFormats.Pdf ? printed.Pdf : printed.Png) ?? throw new InvalidOperationException($"No {format} asked for.");
        }

        private Task<(byte[]? Pdf, byte[]? Png)> PrintAsync(ReportContent content, CancellationToken cancellationToken)
        {
            var wantPdf = content.Formats.Contains(ReportFormats.Pdf);
            var wantPng = content.Formats.Contains(ReportFormats.Png);
            return chromium.WithPageAsync(html.Render(content), 2400, async page =>
            {
                var pdf = wantPdf
                    ? await page.PdfAsync(new PagePdfOptions
                    {
                        Format = "A4", Landscape = true, PrintBackground = true, DisplayHeaderFooter = true,
                        Margin = new Margin { Top = "12mm", Bottom = "14mm", Left = "12mm", Right = "12mm" },
                    })
                    : null;
                var png = wantPng
                    ? await page.Locator($"#{ReportHtmlRenderer.HeatMapElementId} svg").ScreenshotAsync(new LocatorScreenshotOptions { Type = ScreenshotType.Png })
                    : null;
                return (pdf, png);
            }, cancellationToken);
        }
    }

    private sealed class Printed(Printer printer, string format, string fileName) : IReportFileRenderer
    {
        public string Format => format;

        public string FileName => fileName;

        public async Task RenderAsync(ReportContent content, Stream output, CancellationToken cancellationToken) =>
            await output.WriteAsync(await printer.PrintAsync(content, format, cancellationToken), cancellationToken);
    }
}
