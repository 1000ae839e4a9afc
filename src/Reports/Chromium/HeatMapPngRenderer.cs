using Sermo.Reports.Rendering;

namespace Sermo.Reports.Chromium;

/// <summary>A PNG of the heat map alone, photographed from the HTML report at 2× so it stays sharp in slides and e-mail.</summary>
public sealed class HeatMapPngRenderer(ChromiumReportPrinter printer) : IReportFileRenderer
{
    public string Format => ReportFormats.Png;

    public string FileName => "heatmap.png";

    public async Task RenderAsync(ReportContent content, Stream output, CancellationToken cancellationToken)
    {
        var png = await printer.PrintAsync(content, Format, cancellationToken);
        await output.WriteAsync(png, cancellationToken);
    }
}
