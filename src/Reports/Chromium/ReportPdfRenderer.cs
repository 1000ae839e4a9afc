using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using Sermo.Reports.Html;
using Sermo.Reports.Outbox;
using Sermo.Reports.Rendering;

namespace Sermo.Reports.Chromium;

/// <summary>
/// The HTML report printed to PDF by headless Chromium, landscape A4 or Letter, page numbers in the footer; the
/// stylesheet's print rules keep tables, excerpts and charts whole. Chromium prints only this: the charts themselves
/// (PNG and SVG) are drawn by ScottPlot without a browser.
/// </summary>
public sealed class ReportPdfRenderer(ReportHtmlRenderer html, ChromiumBrowser chromium, IOptions<ReportOptions> options) : IReportFileRenderer
{
    /// <summary>The page's width before printing; the PDF's layout follows the paper, not this.</summary>
    private const int ViewportWidth = 1400;

    public string Format => ReportFormats.Pdf;

    public string FileName => "report.pdf";

    public async Task RenderAsync(ReportContent content, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var pdf = await chromium.WithPageAsync(html.Render(content), ViewportWidth, page => page.PdfAsync(PdfOptions(content.InternalOnly)), cancellationToken);
        await output.WriteAsync(pdf, cancellationToken);
    }

    /// <summary>An internal run's mark heads every page (decision 105), so a page printed or cut out of the PDF says so too.</summary>
    private static readonly string InternalHeader =
        $"<div style=\"font-size:9px;width:100%;text-align:center;color:#b42318;font-weight:bold\">{System.Net.WebUtility.HtmlEncode(ReportContent.InternalMark.ToUpperInvariant())}</div>";

    private PagePdfOptions PdfOptions(bool internalOnly) => new()
    {
        Format = options.Value.PaperFormat,
        Landscape = true,
        PrintBackground = true,
        Margin = new Margin { Top = "12mm", Bottom = "14mm", Left = "12mm", Right = "12mm" },
        DisplayHeaderFooter = true,
        HeaderTemplate = internalOnly ? InternalHeader : "<span></span>",
        FooterTemplate = "<div style=\"font-size:8px;width:100%;text-align:center;color:#616e7c\"><span class=\"pageNumber\"></span> / <span class=\"totalPages\"></span></div>",
    };
}
