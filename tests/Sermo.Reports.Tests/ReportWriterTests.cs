using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Sermo.Analytics.HeatMaps;
using Sermo.Reports.Charts;
using Sermo.Reports.HeatMaps;
using Sermo.Reports.Outbox;
using Sermo.Reports.Rendering;

namespace Sermo.Reports.Tests;

public sealed class ReportWriterTests : IDisposable
{
    private static readonly ReportPeriod Q1 = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31));
    private readonly TempDataFolder _outbox = new("outbox", create: false);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 4, 1, 6, 0, 0, TimeSpan.Zero));

    public void Dispose() => _outbox.Dispose();

    private ReportWriter Writer(params IReportFileRenderer[] renderers) =>
        new(renderers.Length > 0 ? renderers : [new HeatMapCsvWriter(), new ChartFileRenderer(new ReportCharts(), ReportChartIds.HeatMap, ReportFormats.Svg)],
            Options.Create(new ReportOptions { OutboxPath = _outbox }), NullLogger<ReportWriter>.Instance);

    private ReportContent Content(string reportId = "brands", string clientName = "Acme") =>
        new(SampleHeatMaps.Monthly(), clientName, reportId, Q1, _time.GetUtcNow(), []);

    private Task<ReportRun> WriteAsync(ReportWriter writer, string clientId, string reportId, params string[] formats) =>
        writer.WriteAsync(clientId, Content(reportId), formats.Length > 0 ? formats : writer.Formats, CancellationToken.None);

    private string ClientFolder => Path.Combine(_outbox, SampleHeatMaps.ClientId);

    [Fact]
    public async Task Write_HeatMap_PublishesFolderWithFilesAndManifest()
    {
        var run = await WriteAsync(Writer(), SampleHeatMaps.ClientId, "weekly-brands");

        run.Folder.Should().Be(Path.Combine(ClientFolder, "weekly-brands-2026-01-01_2026-03-31"));
        Directory.GetFiles(run.Folder).Select(Path.GetFileName).Should().BeEquivalentTo(["heatmap.csv", "heatmap.svg", "manifest.json"]);
        Directory.GetDirectories(ClientFolder).Should().ContainSingle("no temp folder is left behind");

        using var manifest = JsonDocument.Parse(File.ReadAllBytes(run.ManifestPath));
        var root = manifest.RootElement;
        root.GetProperty("client").GetString().Should().Be("client-a");
        root.GetProperty("report").GetString().Should().Be("weekly-brands");
        root.GetProperty("period").GetProperty("from").GetString().Should().Be("2026-01-01");
        root.GetProperty("period").GetProperty("to").GetString().Should().Be("2026-03-31");
        root.GetProperty("interval").GetString().Should().Be("month");
        root.GetProperty("k").GetInt32().Should().Be(5);
        root.GetProperty("generatedAt").GetDateTimeOffset().Should().Be(_time.GetUtcNow());
    }

    [Fact]
    public async Task Write_HeatMap_ManifestHashesAndSizesMatchFileBytes()
    {
        var run = await WriteAsync(Writer(), SampleHeatMaps.ClientId, "brands");

        using var manifest = JsonDocument.Parse(File.ReadAllBytes(run.ManifestPath));
        var files = manifest.RootElement.GetProperty("files").EnumerateArray().ToArray();
        files.Select(f => f.GetProperty("name").GetString()).Should().Equal("heatmap.csv", "heatmap.svg");
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(Path.Combine(run.Folder, file.GetProperty("name").GetString()!));
            bytes.Should().NotBeEmpty();
            file.GetProperty("bytes").GetInt64().Should().Be(bytes.Length);
            file.GetProperty("sha256").GetString().Should().Be(Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }

        run.Files.Select(f => f.Sha256).Should().Equal(files.Select(f => f.GetProperty("sha256").GetString()));
    }

    [Fact]
    public async Task Write_RendererThrowsMidWrite_LeavesNothingInOutbox()
    {
        var writer = Writer(new HeatMapCsvWriter(), new ThrowingRenderer());

        var act = () => WriteAsync(writer, SampleHeatMaps.ClientId, "brands");

        (await act.Should().ThrowAsync<InvalidOperationException>()).WithMessage("renderer broke");
        Directory.GetFileSystemEntries(ClientFolder).Should().BeEmpty();
    }

    [Fact]
    public async Task Write_RerunFailsMidWrite_PreviousRunStaysIntact()
    {
        var first = await WriteAsync(Writer(), SampleHeatMaps.ClientId, "brands");
        var manifestBefore = File.ReadAllText(first.ManifestPath);

        var act = () => WriteAsync(Writer(new HeatMapCsvWriter(), new ThrowingRenderer()), SampleHeatMaps.ClientId, "brands");

        await act.Should().ThrowAsync<InvalidOperationException>();
        Directory.GetFileSystemEntries(ClientFolder).Should().Equal(first.Folder);
        File.ReadAllText(first.ManifestPath).Should().Be(manifestBefore);
    }

    [Fact]
    public async Task Write_SamePeriodTwice_ReplacesPreviousRun()
    {
        var first = await WriteAsync(Writer(), SampleHeatMaps.ClientId, "brands");
        _time.Advance(TimeSpan.FromDays(1));

        var second = await WriteAsync(Writer(new HeatMapCsvWriter()), SampleHeatMaps.ClientId, "brands");

        second.Folder.Should().Be(first.Folder);
        Directory.GetFileSystemEntries(ClientFolder).Should().Equal(first.Folder);
        Directory.GetFiles(second.Folder).Select(Path.GetFileName).Should().BeEquivalentTo(["heatmap.csv", "manifest.json"]);
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(second.ManifestPath));
        manifest.RootElement.GetProperty("generatedAt").GetDateTimeOffset().Should().Be(_time.GetUtcNow());
    }

    [Theory]
    [InlineData("..")]
    [InlineData("../client-b")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData(".tmp-x")]
    [InlineData("")]
    [InlineData("a..b")]
    public async Task Write_UnsafeClientId_ThrowsNamingValue(string clientId)
    {
        var act = () => WriteAsync(Writer(), clientId, "brands");

        (await act.Should().ThrowAsync<ArgumentException>()).Where(e => e.Message.Contains($"'{clientId}'", StringComparison.Ordinal) && e.ParamName == "clientId");
        Directory.Exists(_outbox).Should().BeFalse();
    }

    [Theory]
    [InlineData("../../etc")]
    [InlineData("/abs")]
    public async Task Write_UnsafeReportId_ThrowsNamingValue(string reportId)
    {
        var act = () => WriteAsync(Writer(), SampleHeatMaps.ClientId, reportId);

        (await act.Should().ThrowAsync<ArgumentException>()).Where(e => e.Message.Contains($"'{reportId}'", StringComparison.Ordinal) && e.ParamName == "content");
    }

    [Fact]
    public async Task Write_HeatMapOfAnotherClient_Throws()
    {
        var act = () => WriteAsync(Writer(), "client-b", "brands");

        (await act.Should().ThrowAsync<ArgumentException>()).WithParameterName("content");
        Directory.Exists(Path.Combine(_outbox, "client-b")).Should().BeFalse();
    }

    [Theory]
    [InlineData("2026-03-01", "2026-03-31", "2026-03")]
    [InlineData("2026-03-30", "2026-04-05", "2026-W14")]
    [InlineData("2026-03-30", "2026-03-30", "2026-03-30")]
    [InlineData("2026-03-01", "2026-03-15", "2026-03-01_2026-03-15")]
    public void ReportPeriod_Label_NamesWholeBucketsCompactly(string from, string to, string expected)
    {
        new ReportPeriod(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture))
            .Label.Should().Be(expected);
    }

    [Fact]
    public async Task Write_FormatsListed_WritesOnlyThoseFiles()
    {
        var run = await WriteAsync(Writer(), SampleHeatMaps.ClientId, "brands", "svg");

        Directory.GetFiles(run.Folder).Select(Path.GetFileName).Should().BeEquivalentTo(["heatmap.svg", "manifest.json"]);
        run.Files.Select(f => f.Name).Should().Equal("heatmap.svg");
    }

    [Fact]
    public async Task Write_UnknownFormat_ThrowsNamingKnownFormats()
    {
        var act = () => WriteAsync(Writer(), SampleHeatMaps.ClientId, "brands", "docx");

        (await act.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("docx").And.Contain("csv, svg");
    }

    [Fact]
    public async Task Write_RendererUnavailable_PublishesOtherFilesAndSaysWhatToInstall()
    {
        var run = await WriteAsync(Writer(new HeatMapCsvWriter(), new UnavailableRenderer()), SampleHeatMaps.ClientId, "brands");

        Directory.GetFiles(run.Folder).Select(Path.GetFileName).Should().BeEquivalentTo(["heatmap.csv", "manifest.json"]);
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(run.ManifestPath));
        var skipped = manifest.RootElement.GetProperty("skipped").EnumerateArray().Single();
        skipped.GetProperty("format").GetString().Should().Be("pdf");
        skipped.GetProperty("reason").GetString().Should().Contain("apt-get install -y chromium");
    }

    [Fact]
    public async Task Write_StagingOfKilledProcess_SweptAndNeverInClientFolder()
    {
        // A process that has exited stands in for a report run killed mid-write: its staging folder is what a kill leaves.
        using var exited = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("true") { UseShellExecute = false })!;
        await exited.WaitForExitAsync();
        var abandoned = Path.Combine(_outbox, ReportWriter.StagingFolderName, $"{Environment.MachineName}-{exited.Id}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(abandoned);
        await File.WriteAllTextAsync(Path.Combine(abandoned, "heatmap.csv"), "partial");

        var run = await WriteAsync(Writer(), SampleHeatMaps.ClientId, "brands");

        Directory.Exists(abandoned).Should().BeFalse();
        Directory.GetFileSystemEntries(Path.Combine(_outbox, ReportWriter.StagingFolderName)).Should().BeEmpty();
        Directory.GetFileSystemEntries(ClientFolder).Should().Equal(run.Folder);
    }

    private sealed class ThrowingRenderer : IReportFileRenderer
    {
        public string Format => "broken";

        public string FileName => "heatmap.broken";

        public async Task RenderAsync(ReportContent content, Stream output, CancellationToken cancellationToken)
        {
            await output.WriteAsync("partial"u8.ToArray(), cancellationToken);
            throw new InvalidOperationException("renderer broke");
        }
    }

    private sealed class UnavailableRenderer : IReportFileRenderer
    {
        public string Format => "pdf";

        public string FileName => "report.pdf";

        public async Task RenderAsync(ReportContent content, Stream output, CancellationToken cancellationToken)
        {
            await output.WriteAsync("%PDF"u8.ToArray(), cancellationToken);
            throw new RendererUnavailableException("PDF needs Chromium: apt-get install -y chromium");
        }
    }
}
