using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Sermo.Reports.Chromium;
using Sermo.Reports.Html;
using Sermo.Reports.Rendering;

namespace Sermo.Benchmarks.Reports;

/// <summary>
/// The report run as it was before the print was reworked, kept as the benchmark's peer: every format one after the
/// other, PDF on a 1200-px page and PNG on its own 2400-px page (two loads of the HTML), and the suppressed cells each
/// filled with the hatch pattern (rebuilt here from today's SVG, which draws one hatch path over plain grey cells).
/// </summary>
internal static partial class PreviousReportRun
{
    public static async Task WriteAsync(ReportContent content, ReportHtmlRenderer html, ChromiumBrowser chromium, IReportFileRenderer[] renderers, string folder)
    {
        Directory.CreateDirectory(folder);
        try
        {
            var page = PerCellHatch(html.Render(content));
            foreach (var renderer in renderers)
            {
                await using var output = File.Create(Path.Combine(folder, renderer.FileName));
                var bytes = renderer.Format switch
                {
                    ReportFormats.Pdf => await chromium.WithPageAsync(page, 1200, p => p.PdfAsync(new PagePdfOptions
                    {
                        Format = "A4", Landscape = true, PrintBackground = true, DisplayHeaderFooter = true,
                        Margin = new Margin { Top = "12mm", Bottom = "14mm", Left = "12mm", Right = "12mm" },
                    }), CancellationToken.None),
                    ReportFormats.Png => await chromium.WithPageAsync(page, 2400,
                        p => p.Locator($"#{ReportHtmlRenderer.HeatMapElementId} svg").ScreenshotAsync(new LocatorScreenshotOptions { Type = ScreenshotType.Png }),
                        CancellationToken.None),
                    _ => null,
                };
                if (bytes is null)
                {
                    await renderer.RenderAsync(content, output, CancellationToken.None);
                }
                else
                {
                    await output.WriteAsync(bytes);
                }

                output.Flush(flushToDisk: true);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string PerCellHatch(string html) =>
        HatchPath().Replace(GreyCell().Replace(html, "fill=\"url(#suppressed-hatch)\""), "");

    [GeneratedRegex("class=\"suppressed\" fill=\"#d9d9d9\"")]
    private static partial Regex GreyCell();

    [GeneratedRegex("<path class=\"suppressed-hatch\"[^>]*/>")]
    private static partial Regex HatchPath();
}
