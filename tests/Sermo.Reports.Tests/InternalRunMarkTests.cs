using System.Text;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Sermo.Reports.Charts;
using Sermo.Reports.HeatMaps;
using Sermo.Reports.Html;
using Sermo.Reports.Rendering;
using Sermo.Reports.Tests.Charts;
using Sermo.Reports.Xlsx;
using System.Xml.Linq;

namespace Sermo.Reports.Tests;

/// <summary>
/// Decision 105: an internal run (report --allow-open-bucket) says "internal — not for release" inside every file, not
/// only in its manifest, folder name and HTML, so a file copied out of its folder still says it. Each format is read the
/// way its reader would meet the words: CSV as text and through CsvHelper, XLSX through its properties, page headers and
/// cells, SVG as its text, PNG as pixels. The PDF is checked in <see cref="ChromiumRenderersTests"/>.
/// </summary>
public sealed class InternalRunMarkTests
{
    private const string Mark = "INTERNAL — NOT FOR RELEASE";
    private static readonly DateTimeOffset GeneratedAt = new(2026, 4, 1, 6, 0, 0, TimeSpan.Zero);

    internal static ReportContent Released() => ReportContent.ForHeatMap(SampleHeatMaps.Monthly(), "Acme", GeneratedAt);

    internal static ReportContent Internal() => Released() with { InternalOnly = true };

    private static async Task<byte[]> RenderAsync(IReportFileRenderer renderer, ReportContent content)
    {
        using var output = new MemoryStream();
        await renderer.RenderAsync(content, output, CancellationToken.None);
        return output.ToArray();
    }

    [Fact]
    public async Task Csv_InternalRun_FirstLineSaysNotForReleaseAndCsvHelperStillReadsTheTable()
    {
        var released = Encoding.UTF8.GetString(await RenderAsync(new HeatMapCsvWriter(), Released()));
        var text = Encoding.UTF8.GetString(await RenderAsync(new HeatMapCsvWriter(), Internal()));

        released.Should().NotContain(Mark);
        var lines = text.Split('\n');
        lines[0].Should().StartWith("# ").And.Contain(Mark).And.NotContain(",");
        string.Join('\n', lines.Skip(1)).Should().Be(released, "the table itself is the same");

        using var reader = CsvReader.Create(new MemoryStream(Encoding.UTF8.GetBytes(text)), CsvReaderOptions.Default with { CommentPrefix = '#', HasHeader = false }, false);
        var records = new List<string[]>();
        while (reader.Read())
        {
            records.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i)).ToArray());
        }

        records[0][0].Should().Be("client", "the header is the first record a comment-aware reader sees");
        records.Should().HaveCount(released.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Xlsx_InternalRun_PropertiesEverySheetHeaderAndHeatMapSheetSayNotForRelease()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(await RenderAsync(new HeatMapXlsxWriter(), Internal())), false);

        document.PackageProperties.ContentStatus.Should().Be(ReportContent.InternalMark);
        document.PackageProperties.Title.Should().Contain(Mark);
        var sheets = document.WorkbookPart!.WorksheetParts.Select(p => p.Worksheet).ToArray();
        sheets.Should().HaveCount(2).And.OnlyContain(s => s.Descendants<OddHeader>().Single().Text.Contains(Mark));
        sheets.Should().ContainSingle(s => s.Descendants<Cell>().Any(c => c.CellReference! == "A3" && c.InnerText == Mark));

        using var released = SpreadsheetDocument.Open(new MemoryStream(await RenderAsync(new HeatMapXlsxWriter(), Released())), false);
        released.PackageProperties.ContentStatus.Should().BeNull();
        released.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<OddHeader>()).Should().BeEmpty();
    }

    [Theory]
    [InlineData(ReportChartIds.HeatMap)]
    [InlineData(ReportChartIds.Trends)]
    public async Task Svg_InternalRun_TitleAndDrawnTextSayNotForRelease(string chartId)
    {
        var svg = Encoding.UTF8.GetString(await RenderAsync(new ChartFileRenderer(new ReportCharts(), chartId, ReportFormats.Svg), Internal()));
        var released = Encoding.UTF8.GetString(await RenderAsync(new ChartFileRenderer(new ReportCharts(), chartId, ReportFormats.Svg), Released()));

        var root = System.Xml.Linq.XElement.Parse(svg);
        XNamespace ns = "http://www.w3.org/2000/svg";
        root.Element(ns + "title")!.Value.Should().StartWith(Mark);
        root.Descendants(ns + "text").Select(t => t.Value).Should().Contain(t => t.Contains(Mark));
        released.Should().NotContain(Mark);
    }

    [Fact]
    public async Task Png_InternalRun_RedBandAboveTheChart()
    {
        var charts = new ReportCharts();
        using var marked = new ChartPixels(await RenderAsync(new ChartFileRenderer(charts, ReportChartIds.HeatMap, ReportFormats.Png), Internal()));
        using var released = new ChartPixels(await RenderAsync(new ChartFileRenderer(charts, ReportChartIds.HeatMap, ReportFormats.Png), Released()));

        marked.Height.Should().BeGreaterThan(released.Height, "the band is added above the chart, hiding none of it");
        static bool Red(SkiaSharp.SKColor c) => c.Red > 120 && c.Green < 90 && c.Blue < 90;
        marked.In(0, 0, marked.Width / 2f, 28).Count(Red).Should().BeGreaterThan(200, "the mark is drawn in red in the band");
        released.In(0, 0, released.Width / 2f, 28).Count(Red).Should().Be(0);
    }

    [Fact]
    public void Html_InternalRun_TitleAndHeadingSayNotForRelease()
    {
        var html = new ReportHtmlRenderer(new ReportCharts()).Render(Internal());

        html.Should().Contain($"<title>{Mark}: ");
        html.Should().Contain($"{Mark}: Sermo physician conversation report");
        new ReportHtmlRenderer(new ReportCharts()).Render(Released()).Should().NotContain(Mark);
    }
}
