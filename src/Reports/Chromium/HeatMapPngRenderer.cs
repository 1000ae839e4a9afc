using Microsoft.Playwright;
using Sermo.Reports.Html;
using Sermo.Reports.Rendering;

namespace Sermo.Reports.Chromium;

/// <summary>A PNG of the heat map alone, photographed from the HTML report at 2× so it stays sharp in slides and e-mail.</summary>
public sealed class HeatMapPngRenderer(ReportHtmlRenderer html, ChromiumBrowser chromium) : IReportFileRenderer
{
    /// <summary>Wide enough that a 52-week map is not scaled down before the photo.</summary>
    private const int ViewportWidth = 2400;

    public string Format => ReportFormats.Png;

    public string FileName => "heatmap.png";

    public async Task RenderAsync(ReportContent content, Stream output, CancellationToken cancellationToken)
    {
        var png = await chromium.WithPageAsync(html.Render(content), ViewportWidth,
            page => page.Locator($"#{ReportHtmlRenderer.HeatMapElementId} svg").ScreenshotAsync(new LocatorScreenshotOptions { Type = ScreenshotType.Png }),
            cancellationToken);
        await output.WriteAsync(png, cancellationToken);
    }
}
