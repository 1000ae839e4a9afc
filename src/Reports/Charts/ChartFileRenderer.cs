using System.Text;
using Sermo.Reports.Rendering;

namespace Sermo.Reports.Charts;

/// <summary>
/// One chart as a file: heatmap.png and heatmap.svg for the formats png and svg (as before), trends.png, sentiment.svg …
/// for the charts a definition lists under "charts".
/// </summary>
public sealed class ChartFileRenderer : IReportFileRenderer
{
    private readonly ReportCharts _charts;
    private readonly string _chartId;
    private readonly string _imageFormat;

    public ChartFileRenderer(ReportCharts charts, string chartId, string imageFormat)
    {
        ArgumentNullException.ThrowIfNull(charts);
        if (!ReportFormats.Images.Contains(imageFormat))
        {
            throw new ArgumentOutOfRangeException(nameof(imageFormat), imageFormat, "Charts are written as png or svg.");
        }

        _charts = charts;
        _chartId = charts.Get(chartId).Id;
        _imageFormat = imageFormat;
    }

    public string Format => _chartId == ReportChartIds.HeatMap ? _imageFormat : ReportFormats.ChartFile(_chartId, _imageFormat);

    public string FileName => $"{_chartId}.{_imageFormat}";

    public async Task RenderAsync(ReportContent content, Stream output, CancellationToken cancellationToken)
    {
        var bytes = _imageFormat == ReportFormats.Png
            ? _charts.Png(content, _chartId)
            : new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(_charts.Svg(content, _chartId));
        await output.WriteAsync(bytes, cancellationToken);
    }
}
