using Sermo.Reports.Rendering;

namespace Sermo.Reports.Chromium;

/// <summary>The HTML report printed to PDF by headless Chromium, landscape A4 or Letter; the stylesheet's print rules keep tables whole.</summary>
public sealed class ReportPdfRenderer(ChromiumReportPrinter printer) : IReportFileRenderer
{
    public string Format => ReportFormats.Pdf;

    public string FileName => "report.pdf";

    public async Task RenderAsync(ReportContent content, Stream output, CancellationToken cancellationToken)
    {
        var pdf = await printer.PrintAsync(content, Format, cancellationToken);
        await output.WriteAsync(pdf, cancellationToken);
    }
}
