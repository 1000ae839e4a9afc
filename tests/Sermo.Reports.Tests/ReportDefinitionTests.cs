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
    public void ShownDays_SuppressedWeekInTheMiddle_ExcludedAndNeighboursMerged()
    {
        var map = SampleHeatMaps.Weekly();

        var days = ClientReportRunner.ShownDays(map, 1);

        // xarelto's week 6 (2026-02-16..22) is small: excerpts come from the other weeks only.
        map.Cell(1, 6).Suppressed.Should().BeTrue();
        days.Should().Equal((new DateOnly(2026, 1, 5), new DateOnly(2026, 2, 15)), (new DateOnly(2026, 2, 23), new DateOnly(2026, 3, 29)));
    }
}
