using Sermo.Analytics.HeatMaps;
using Sermo.Reports.Rendering;
using Sermo.Reports.Schedules;

namespace Sermo.Reports.Tests;

public class ReportDefinitionTests
{
    [Fact]
    public void ParseAll_FormatsListed_EffectiveFormatsInCanonicalOrderCaseInsensitive()
    {
        var report = ReportDefinition.ParseAll("acme", """[{ "id": "w", "cron": "0 6 * * MON", "timeZone": "UTC", "interval": "week", "formats": ["PDF", "csv"] }]""").Single();

        report.EffectiveFormats.Should().Equal("csv", "pdf");
    }

    [Fact]
    public void ParseAll_NoFormats_EveryFormat()
    {
        var report = ReportDefinition.ParseAll("acme", """[{ "id": "w", "cron": "0 6 * * MON", "timeZone": "UTC", "interval": "week" }]""").Single();

        report.EffectiveFormats.Should().Equal(ReportFormats.All);
    }

    [Fact]
    public void ParseAll_UnknownFormat_ErrorNamesClientReportAndFormat()
    {
        var act = () => ReportDefinition.ParseAll("acme", """[{ "id": "w", "cron": "0 6 * * MON", "timeZone": "UTC", "interval": "week", "formats": ["docx"] }]""");

        act.Should().Throw<InvalidDataException>().WithMessage("*'acme'*'w'*docx*");
    }

    [Fact]
    public void ParseAll_ChartsListed_ChartFilesInEachListedImageFormatAfterTheFormats()
    {
        var report = ReportDefinition.ParseAll("acme",
            """[{ "id": "w", "cron": "0 0 6 ? * MON", "timeZone": "UTC", "interval": "week", "formats": ["svg", "csv", "png"], "charts": ["sentiment", "Trends"] }]""").Single();

        report.EffectiveFormats.Should().Equal("csv", "png", "svg", "trends.png", "trends.svg", "sentiment.png", "sentiment.svg");
    }

    [Fact]
    public void ParseAll_OldDefinitionWithoutCharts_NoChartFiles()
    {
        var report = ReportDefinition.ParseAll("acme", """[{ "id": "w", "cron": "0 0 6 ? * MON", "timeZone": "UTC", "interval": "week", "formats": ["csv", "svg"] }]""").Single();

        report.Charts.Should().BeNull();
        report.EffectiveFormats.Should().Equal("csv", "svg");
    }

    [Fact]
    public void ParseAll_UnknownChart_ErrorNamesClientReportAndChart()
    {
        var act = () => ReportDefinition.ParseAll("acme", """[{ "id": "w", "cron": "0 0 6 ? * MON", "timeZone": "UTC", "interval": "week", "formats": ["png"], "charts": ["pie"] }]""");

        act.Should().Throw<InvalidDataException>().WithMessage("*'acme'*'w'*pie*trends, share-of-voice, sentiment, per-thousand*");
    }

    [Fact]
    public void ParseAll_ChartsWithoutAnImageFormat_ErrorSaysToAddPngOrSvg()
    {
        var act = () => ReportDefinition.ParseAll("acme", """[{ "id": "w", "cron": "0 0 6 ? * MON", "timeZone": "UTC", "interval": "week", "formats": ["csv", "pdf"], "charts": ["trends"] }]""");

        act.Should().Throw<InvalidDataException>().WithMessage("*'acme'*'w'*add \"png\" or \"svg\"*");
    }

    [Fact]
    public void QuotedCell_SuppressedCellHoldsTheMost_TheLargestShownCellLatestOnATie()
    {
        var map = SampleHeatMaps.Weekly();

        // xarelto's week 6 (2026-02-16) holds the most but is withheld; every other week shows 20, so the latest is quoted.
        map.Cell(1, 6).Suppressed.Should().BeTrue();
        ClientReportRunner.QuotedCell(map, 1).Should().Be((new DateOnly(2026, 3, 23), new DateOnly(2026, 3, 23), new DateOnly(2026, 3, 29)));
        ClientReportRunner.QuotedCell(map, 0)!.Value.Bucket.Should().Be(new DateOnly(2026, 3, 23), "eliquis spikes to 40 in its last week");
    }

    [Fact]
    public void QuotedCell_ShownCellsUnderTwiceK_NoCellToQuote()
    {
        var from = new DateOnly(2026, 1, 1);
        var slice = new CubeSlice(SampleHeatMaps.ClientId, BucketInterval.Month, from, new DateOnly(2026, 2, 28),
            [new CubeAggregate("eliquis", from, null, 9, 6, 0, 0, 0, 0), new CubeAggregate("eliquis", from.AddMonths(1), null, 7, 5, 0, 0, 0, 0)], [], []);
        var map = SampleHeatMaps.Build(slice, ["eliquis"]);

        map.Row(0).Should().OnlyContain(c => !c.Suppressed);
        ClientReportRunner.QuotedCell(map, 0).Should().BeNull("a shown cell of fewer than 2k released mentions is too close to fewer posts than quotes");
    }
}
