using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Sermo.Analytics.HeatMaps;
using Sermo.Reports.HeatMaps;
using Sermo.Reports.Outbox;

namespace Sermo.Reports.Tests;

public sealed class ReportWriterTests : IDisposable
{
    private static readonly ReportPeriod Q1 = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31));
    private readonly string _outbox = Path.Combine(Path.GetTempPath(), "sermo-outbox-" + Guid.NewGuid().ToString("N"));
    private readonly MutableTimeProvider _time = new(new DateTimeOffset(2026, 4, 1, 6, 0, 0, TimeSpan.Zero));

    public void Dispose()
    {
        if (Directory.Exists(_outbox))
        {
            Directory.Delete(_outbox, recursive: true);
        }
    }

    private ReportWriter Writer(params IHeatMapFileRenderer[] renderers) =>
        new(renderers.Length > 0 ? renderers : [new HeatMapCsvWriter(), new HeatMapSvgRenderer()],
            Options.Create(new ReportOptions { OutboxPath = _outbox }), _time, NullLogger<ReportWriter>.Instance);

    private string ClientFolder => Path.Combine(_outbox, SampleHeatMaps.ClientId);

    [Fact]
    public void Write_HeatMap_PublishesFolderWithFilesAndManifest()
    {
        var run = Writer().Write(SampleHeatMaps.ClientId, "weekly-brands", Q1, SampleHeatMaps.Monthly(), "Acme");

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
    public void Write_HeatMap_ManifestHashesAndSizesMatchFileBytes()
    {
        var run = Writer().Write(SampleHeatMaps.ClientId, "brands", Q1, SampleHeatMaps.Monthly(), "Acme");

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
    public void Write_RendererThrowsMidWrite_LeavesNothingInOutbox()
    {
        var writer = Writer(new HeatMapCsvWriter(), new ThrowingRenderer());

        var act = () => writer.Write(SampleHeatMaps.ClientId, "brands", Q1, SampleHeatMaps.Monthly(), "Acme");

        act.Should().Throw<InvalidOperationException>().WithMessage("renderer broke");
        Directory.GetFileSystemEntries(ClientFolder).Should().BeEmpty();
    }

    [Fact]
    public void Write_RerunFailsMidWrite_PreviousRunStaysIntact()
    {
        var first = Writer().Write(SampleHeatMaps.ClientId, "brands", Q1, SampleHeatMaps.Monthly(), "Acme");
        var manifestBefore = File.ReadAllText(first.ManifestPath);

        var act = () => Writer(new HeatMapCsvWriter(), new ThrowingRenderer()).Write(SampleHeatMaps.ClientId, "brands", Q1, SampleHeatMaps.Monthly(), "Acme");

        act.Should().Throw<InvalidOperationException>();
        Directory.GetFileSystemEntries(ClientFolder).Should().Equal(first.Folder);
        File.ReadAllText(first.ManifestPath).Should().Be(manifestBefore);
    }

    [Fact]
    public void Write_SamePeriodTwice_ReplacesPreviousRun()
    {
        var first = Writer().Write(SampleHeatMaps.ClientId, "brands", Q1, SampleHeatMaps.Monthly(), "Acme");
        _time.Now = _time.Now.AddDays(1);

        var second = Writer(new HeatMapCsvWriter()).Write(SampleHeatMaps.ClientId, "brands", Q1, SampleHeatMaps.Monthly(), "Acme");

        second.Folder.Should().Be(first.Folder);
        Directory.GetFileSystemEntries(ClientFolder).Should().Equal(first.Folder);
        Directory.GetFiles(second.Folder).Select(Path.GetFileName).Should().BeEquivalentTo(["heatmap.csv", "manifest.json"]);
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(second.ManifestPath));
        manifest.RootElement.GetProperty("generatedAt").GetDateTimeOffset().Should().Be(_time.Now);
    }

    [Theory]
    [InlineData("..")]
    [InlineData("../client-b")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData(".tmp-x")]
    [InlineData("")]
    [InlineData("a..b")]
    public void Write_UnsafeClientId_ThrowsNamingValue(string clientId)
    {
        var act = () => Writer().Write(clientId, "brands", Q1, SampleHeatMaps.Monthly(), "Acme");

        act.Should().Throw<ArgumentException>().Where(e => e.Message.Contains($"'{clientId}'", StringComparison.Ordinal) && e.ParamName == "clientId");
        Directory.Exists(_outbox).Should().BeFalse();
    }

    [Theory]
    [InlineData("../../etc")]
    [InlineData("/abs")]
    public void Write_UnsafeReportId_ThrowsNamingValue(string reportId)
    {
        var act = () => Writer().Write(SampleHeatMaps.ClientId, reportId, Q1, SampleHeatMaps.Monthly(), "Acme");

        act.Should().Throw<ArgumentException>().Where(e => e.Message.Contains($"'{reportId}'", StringComparison.Ordinal) && e.ParamName == "reportId");
    }

    [Fact]
    public void Write_HeatMapOfAnotherClient_Throws()
    {
        var act = () => Writer().Write("client-b", "brands", Q1, SampleHeatMaps.Monthly(), "Other");

        act.Should().Throw<ArgumentException>().WithParameterName("heatMap");
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

    private sealed class ThrowingRenderer : IHeatMapFileRenderer
    {
        public string FileName => "heatmap.broken";

        public void Render(HeatMap heatMap, string clientName, Stream output)
        {
            output.Write("partial"u8);
            throw new InvalidOperationException("renderer broke");
        }
    }

    private sealed class MutableTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
