using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Sermo.Reports.Chromium;
using Sermo.Reports.HeatMaps;
using Sermo.Reports.Html;
using Sermo.Reports.Outbox;
using Sermo.Reports.Rendering;

namespace Sermo.Reports.Tests;

/// <summary>
/// Prints through the real headless Chromium (.ci/run installs Debian's chromium and poppler-utils). A machine without
/// them fails these tests, as it should: the CI must cover PDF and PNG.
/// </summary>
public sealed class ChromiumRenderersTests : IAsyncLifetime
{
    private static readonly IOptions<ReportOptions> Options = Microsoft.Extensions.Options.Options.Create(new ReportOptions { OutboxPath = "/unused" });
    private readonly ChromiumBrowser _chromium = new(Options, NullLogger<ChromiumBrowser>.Instance);
    private readonly ReportHtmlRenderer _html = new(new HeatMapSvgRenderer());
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sermo-chromium-" + Guid.NewGuid().ToString("N"));

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _chromium.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task RenderPdf_Report_LandscapeA4PagesThatRasteriseWithTheReportText()
    {
        var pdf = Path.Combine(_folder, "report.pdf");
        await using (var output = File.Create(pdf))
        {
            await new ReportPdfRenderer(new ChromiumReportPrinter(_html, _chromium, Options)).RenderAsync(ReportHtmlRendererTests.Content("Acme Pharma"), output, CancellationToken.None);
        }

        (await File.ReadAllBytesAsync(pdf)).Take(5).Should().Equal("%PDF-"u8.ToArray());
        var info = await RunAsync("pdfinfo", pdf);
        info.Should().MatchRegex(@"Page size:\s+84[12]\.\d+ x 595\.\d+ pts \(A4\)");
        var text = await RunAsync("pdftotext", "-layout", pdf, "-");
        text.Should().Contain("Acme Pharma").And.Contain("Biggest spikes").And.Contain("Adverse-event mentions");
        text.Should().NotContain(SampleHeatMaps.SuppressedMentions.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // Look at it as a person would: the first page rasterises to a PNG that is not blank.
        await RunAsync("pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", pdf, Path.Combine(_folder, "page"));
        new FileInfo(Directory.GetFiles(_folder, "page*.png").Single()).Length.Should().BeGreaterThan(10_000);
    }

    [Fact]
    public async Task RenderPng_Report_PngOfTheHeatMapOnly()
    {
        using var output = new MemoryStream();

        await new HeatMapPngRenderer(new ChromiumReportPrinter(_html, _chromium, Options)).RenderAsync(ReportHtmlRendererTests.Content(), output, CancellationToken.None);

        var png = output.ToArray();
        png.Take(8).Should().Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        var width = (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];
        var height = (png[20] << 24) | (png[21] << 16) | (png[22] << 8) | png[23];
        var svg = new HeatMapSvgRenderer().Render(SampleHeatMaps.Weekly(), "Acme <Pharma>");
        var svgWidth = int.Parse(System.Text.RegularExpressions.Regex.Match(svg, "width=\"(\\d+)\"").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        width.Should().Be(2 * svgWidth, "the PNG is the SVG element at 2x, not the page");
        height.Should().BeLessThan(width);
    }

    [Fact]
    public async Task Write_PdfAndPng_BothFromOnePrintOfTheRun()
    {
        var printer = new ChromiumReportPrinter(_html, _chromium, Options);
        var outbox = Microsoft.Extensions.Options.Options.Create(new ReportOptions { OutboxPath = _folder });
        var writer = new ReportWriter([new ReportPdfRenderer(printer), new HeatMapPngRenderer(printer)], outbox, NullLogger<ReportWriter>.Instance);

        var run = await writer.WriteAsync(SampleHeatMaps.ClientId, ReportHtmlRendererTests.Content(), [ReportFormats.Pdf, ReportFormats.Png], CancellationToken.None);

        (await File.ReadAllBytesAsync(Path.Combine(run.Folder, "report.pdf"))).Take(5).Should().Equal("%PDF-"u8.ToArray());
        (await File.ReadAllBytesAsync(Path.Combine(run.Folder, "heatmap.png"))).Take(4).Should().Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 });
        (await RunAsync("pdftotext", Path.Combine(run.Folder, "report.pdf"), "-")).Should().Contain("Biggest spikes");
    }

    [Fact]
    public async Task Render_PdfOnlyRun_PrintsNoPng()
    {
        var printer = new ChromiumReportPrinter(_html, _chromium, Options);
        var content = ReportHtmlRendererTests.Content() with { Formats = [ReportFormats.Pdf] };

        var pdf = await printer.PrintAsync(content, ReportFormats.Pdf, CancellationToken.None);
        var png = () => printer.PrintAsync(content, ReportFormats.Png, CancellationToken.None);

        pdf.Take(5).Should().Equal("%PDF-"u8.ToArray());
        await png.Should().ThrowAsync<InvalidOperationException>().WithMessage("*did not ask for a PNG*");
    }

    [Fact]
    public async Task Render_ChromiumMissing_UnavailableWithInstallCommand()
    {
        var missing = Microsoft.Extensions.Options.Options.Create(new ReportOptions { OutboxPath = "/unused", ChromiumPath = "/nonexistent/chromium" });
        await using var chromium = new ChromiumBrowser(missing, NullLogger<ChromiumBrowser>.Instance);

        var act = () => new ReportPdfRenderer(new ChromiumReportPrinter(_html, chromium, missing)).RenderAsync(ReportHtmlRendererTests.Content(), Stream.Null, CancellationToken.None);

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
