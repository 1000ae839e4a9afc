using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using Sermo.Reports.Html;
using Sermo.Reports.Outbox;
using Sermo.Reports.Rendering;

namespace Sermo.Reports.Chromium;

/// <summary>
/// Prints one report's PDF and PNG from a single Chromium page: the HTML is set once, printed to PDF, then its heat-map
/// element photographed. The work is shared by the PDF and PNG renderers of a run through the run's
/// <see cref="ReportContent"/> instance, and only the formats the run asks for (<see cref="ReportContent.Formats"/>) are made.
/// </summary>
public sealed class ChromiumReportPrinter(ReportHtmlRenderer html, ChromiumBrowser chromium, IOptions<ReportOptions> options)
{
    /// <summary>Wide enough that a 52-week map is not scaled down before the photo; the PDF's layout follows the paper, not this.</summary>
    internal const int ViewportWidth = 2400;

    private readonly ConditionalWeakTable<ReportContent, Task<PrintedReport>> _prints = [];

    public async Task<byte[]> PrintAsync(ReportContent content, string format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        // The first caller's token drives the shared print; within a run every renderer gets the same token.
        var print = _prints.GetValue(content, c => PrintAsync(c, cancellationToken));
        var printed = await print.WaitAsync(cancellationToken);
        return format switch
        {
            ReportFormats.Pdf => printed.Pdf ?? throw new InvalidOperationException("This run did not ask for a PDF."),
            ReportFormats.Png => printed.Png ?? throw new InvalidOperationException("This run did not ask for a PNG."),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Chromium prints pdf and png only."),
        };
    }

    private Task<PrintedReport> PrintAsync(ReportContent content, CancellationToken cancellationToken)
    {
        var wantPdf = content.Formats.Contains(ReportFormats.Pdf, StringComparer.OrdinalIgnoreCase);
        var wantPng = content.Formats.Contains(ReportFormats.Png, StringComparer.OrdinalIgnoreCase);
        return chromium.WithPageAsync(html.Render(content), ViewportWidth, async page =>
        {
            var pdf = wantPdf ? await page.PdfAsync(PdfOptions()) : null;
            var png = wantPng
                ? await page.Locator($"#{ReportHtmlRenderer.HeatMapElementId} svg").ScreenshotAsync(new LocatorScreenshotOptions { Type = ScreenshotType.Png })
                : null;
            return new PrintedReport(pdf, png);
        }, cancellationToken);
    }

    private PagePdfOptions PdfOptions() => new()
    {
        Format = options.Value.PaperFormat,
        Landscape = true,
        PrintBackground = true,
        Margin = new Margin { Top = "12mm", Bottom = "14mm", Left = "12mm", Right = "12mm" },
        DisplayHeaderFooter = true,
        HeaderTemplate = "<span></span>",
        FooterTemplate = "<div style=\"font-size:8px;width:100%;text-align:center;color:#616e7c\"><span class=\"pageNumber\"></span> / <span class=\"totalPages\"></span></div>",
    };

    private sealed record PrintedReport(byte[]? Pdf, byte[]? Png);
}
