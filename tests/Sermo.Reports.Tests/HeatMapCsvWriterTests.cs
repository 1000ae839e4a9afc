using Sermo.Reports.HeatMaps;

namespace Sermo.Reports.Tests;

public class HeatMapCsvWriterTests
{
    private static string[] WriteLines()
    {
        using var text = new StringWriter();
        new HeatMapCsvWriter().Write(SampleHeatMaps.Monthly(), text);
        return text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public void Write_HeatMap_HeaderHasTidyColumns()
    {
        WriteLines()[0].Should().Be(
            "client,term,bucket,bucket_label,mentions,distinct_authors,per_1000_active,share_of_voice,net_sentiment,spike_score,adverse_events,suppressed,"
            + "net_sentiment_efficacy,net_sentiment_safety,net_sentiment_access,net_sentiment_cost,net_sentiment_dosing");
    }

    [Fact]
    public void Write_HeatMap_OneRecordPerCellWithFormattedMetrics()
    {
        var lines = WriteLines();

        lines.Should().HaveCount(1 + 9);
        // Jan: eliquis 30 of 30+20+9 shown mentions; 30 per 1,000 active; (12-3)/30 = 0.3.
        lines[1].Should().Be("client-a,eliquis,2026-01-01,2026-01,30,10,30,0.5085,0.3,,1,false,,,,,");
    }

    [Fact]
    public void Write_ShownAspects_NetSentimentPerAspectColumnsEmptyWhereWithheld()
    {
        using var text = new StringWriter();
        new HeatMapCsvWriter().Write(SampleHeatMaps.WeeklyWithAspects(), text);

        var lastEliquis = text.ToString().Split('\n').Single(l => l.StartsWith("client-a,eliquis,2026-03-23,", StringComparison.Ordinal));

        // efficacy withheld (3 mentions), safety (3-1)/8, access (0-18)/20, cost and dosing absent.
        lastEliquis.Should().EndWith(",false,,0.25,-0.9,,");
    }

    [Fact]
    public void Write_SuppressedCell_EmptyMetricsAndSuppressedTrue()
    {
        var february = WriteLines().Single(l => l.Contains(",2026-02-01,", StringComparison.Ordinal) && l.Contains("HYPERLINK", StringComparison.Ordinal));

        february.Should().EndWith(",2026-02-01,2026-02,,,,,,,,true,,,,,", "a suppressed cell has no aspect numbers either");
        february.Should().NotContain(SampleHeatMaps.SuppressedMentions.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Write_FormulaTerm_PrefixedWithQuoteButNegativeNumbersUntouched()
    {
        var january = WriteLines().Single(l => l.Contains(",2026-01-01,", StringComparison.Ordinal) && l.Contains("HYPERLINK", StringComparison.Ordinal));

        january.Should().StartWith("client-a,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",");
        january.Should().Contain(",-0.5,", "net sentiment (2-12)/20 is a number, not a formula");
    }

    [Theory]
    [InlineData("+1 dose")]
    [InlineData("-cillin")]
    [InlineData("@mention")]
    [InlineData("\tTAB")]
    public void Write_TermStartingWithFormulaCharacter_IsNeutralised(string term)
    {
        var slice = new Sermo.Analytics.HeatMaps.CubeSlice("c", Sermo.Analytics.HeatMaps.BucketInterval.Month, new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31),
            [new(term, new DateOnly(2026, 1, 1), null, 10, 6, 0, 10, 0, 0)], [], []);
        using var text = new StringWriter();

        new HeatMapCsvWriter().Write(SampleHeatMaps.Build(slice, [term]), text);

        var record = text.ToString().Split('\n')[1];
        record.Should().MatchRegex("^c,\"?'");
    }
}
