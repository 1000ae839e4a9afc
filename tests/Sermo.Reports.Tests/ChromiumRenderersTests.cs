using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Sermo.Reports.Chromium;
using Sermo.Reports.Charts;
using Sermo.Reports.Html;
using Sermo.Reports.Outbox;
using Sermo.Reports.Rendering;

namespace Sermo.Reports.Tests;

/// <summary>
/// Prints through the real headless Chromium (.ci/test installs Debian's chromium and poppler-utils). A machine without
/// them fails these tests, as it should: the CI must cover the PDF.
/// </summary>
public sealed class ChromiumRenderersTests : IAsyncLifetime
{
    private static readonly IOptions<ReportOptions> Options = Microsoft.Extensions.Options.Options.Create(new ReportOptions { OutboxPath = "/unused" });
    private readonly ChromiumBrowser _chromium = new(Options, NullLogger<ChromiumBrowser>.Instance);
    private readonly ReportHtmlRenderer _html = new(new ReportCharts());
    private readonly TempDataFolder _folder = new("chromium");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _chromium.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task RenderPdf_Report_LandscapeA4PagesThatRasteriseWithTheReportText()
    {
        var pdf = Path.Combine(_folder, "report.pdf");
        await using (var output = File.Create(pdf))
        {
            await new ReportPdfRenderer(_html, _chromium, Options).RenderAsync(ReportHtmlRendererTests.Content("Acme Pharma"), output, CancellationToken.None);
        }

        (await File.ReadAllBytesAsync(pdf)).Take(5).Should().Equal("%PDF-"u8.ToArray());
        var info = await RunAsync("pdfinfo", pdf);
        info.Should().MatchRegex(@"Page size:\s+84[12]\.\d+ x 595\.\d+ pts \(A4\)");
        var text = await RunAsync("pdftotext", "-layout", pdf, "-");
        text.Should().Contain("Acme Pharma").And.Contain("Biggest spikes").And.Contain("Adverse-event mentions");
        // The inlined charts print as vector text, not as pictures of text.
        text.Should().Contain("mentions by week").And.Contain("share of voice per week").And.Contain("net sentiment per week").And.Contain("per 1,000 active members");
        text.Should().NotContain(SampleHeatMaps.SuppressedMentions.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // Look at it as a person would: the first page rasterises to a PNG that is not blank.
        await RunAsync("pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", pdf, Path.Combine(_folder, "page"));
        new FileInfo(Directory.GetFiles(_folder, "page*.png").Single()).Length.Should().BeGreaterThan(10_000);
    }

    /// <summary>Decision 105: every page of an internal run's PDF is headed by the mark, so a page taken alone says so.</summary>
    [Fact]
    public async Task RenderPdf_InternalRun_EveryPageHeadedNotForRelease()
    {
        var pdf = Path.Combine(_folder, "internal.pdf");
        await using (var output = File.Create(pdf))
        {
            await new ReportPdfRenderer(_html, _chromium, Options).RenderAsync(ReportHtmlRendererTests.Content("Acme Pharma") with { InternalOnly = true }, output, CancellationToken.None);
        }

        var pages = int.Parse(System.Text.RegularExpressions.Regex.Match(await RunAsync("pdfinfo", pdf), @"Pages:\s+(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        pages.Should().BeGreaterThan(1);
        for (var page = 1; page <= pages; page++)
        {
            var number = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
            (await RunAsync("pdftotext", "-f", number, "-l", number, pdf, "-")).Should().Contain("INTERNAL — NOT FOR RELEASE", $"page {page} is headed by the mark");
        }
    }

    [Fact]
    public async Task Write_ChromiumMissing_PdfSkippedWithInstallHintPngStillDrawn()
    {
        var missing = Microsoft.Extensions.Options.Options.Create(new ReportOptions { OutboxPath = _folder, ChromiumPath = "/nonexistent/chromium" });
        await using var chromium = new ChromiumBrowser(missing, NullLogger<ChromiumBrowser>.Instance);
        var charts = new ReportCharts();
        var writer = new ReportWriter(
            [new ReportPdfRenderer(new ReportHtmlRenderer(charts), chromium, missing), new ChartFileRenderer(charts, ReportChartIds.HeatMap, ReportFormats.Png)],
            missing, NullLogger<ReportWriter>.Instance);

        var run = await writer.WriteAsync(SampleHeatMaps.ClientId, ReportHtmlRendererTests.Content(), [ReportFormats.Pdf, ReportFormats.Png], CancellationToken.None);

        run.Files.Select(f => f.Name).Should().Equal("heatmap.png");
        (await File.ReadAllBytesAsync(Path.Combine(run.Folder, "heatmap.png"))).Take(4).Should().Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 });
        run.Skipped.Should().ContainSingle().Which.Reason.Should().Contain("apt-get install -y chromium");
    }

    [Fact]
    public async Task Render_ChromiumMissing_UnavailableWithInstallCommand()
    {
        var missing = Microsoft.Extensions.Options.Options.Create(new ReportOptions { OutboxPath = "/unused", ChromiumPath = "/nonexistent/chromium" });
        await using var chromium = new ChromiumBrowser(missing, NullLogger<ChromiumBrowser>.Instance);

        var act = () => new ReportPdfRenderer(_html, chromium, missing).RenderAsync(ReportHtmlRendererTests.Content(), Stream.Null, CancellationToken.None);

        (await act.Should().ThrowAsync<RendererUnavailableException>()).Which.Message.Should().Contain("apt-get install -y chromium");
    }

    private static async Task<string> RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        arguments.ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool} (apt-get install -y poppler-utils).");
        var stdout = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.Should().Be(0, await process.StandardError.ReadToEndAsync());
        return stdout;
    }
}
