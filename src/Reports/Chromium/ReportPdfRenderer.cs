using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using Sermo.Reports.Html;
using Sermo.Reports.Outbox;
using Sermo.Reports.Rendering;

namespace Sermo.Reports.Chromium;

/// <summary>The HTML report printed to PDF by headless Chromium, landscape A4 or Letter; the stylesheet's print rules keep tables whole.</summary>
public sealed class ReportPdfRenderer(ReportHtmlRenderer html, ChromiumBrowser chromium, IOptions<ReportOptions> options) : IReportFileRenderer
{
    public string Format => ReportFormats.Pdf;

    public string FileName => "report.pdf";

    public async Task RenderAsync(ReportContent content, Stream output, CancellationToken cancellationToken)
    {
        var pdf = await chromium.WithPageAsync(html.Render(content), 1200, page => page.PdfAsync(new PagePdfOptions
        {
            Format = options.Value.PaperFormat,
            Landscape = true,
            PrintBackground = true,
            Margin = new Margin { Top = "12mm", Bottom = "14mm", Left = "12mm", Right = "12mm" },
            DisplayHeaderFooter = true,
            HeaderTemplate = "<span></span>",
            FooterTemplate = "<div style=\"font-size:8px;width:100%;text-align:center;color:#616e7c\"><span class=\"pageNumber\"></span> / <span class=\"totalPages\"></span></div>",
        }), cancellationToken);
        await output.WriteAsync(pdf, cancellationToken);
    }
}
