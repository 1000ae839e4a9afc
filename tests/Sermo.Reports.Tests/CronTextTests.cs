using Sermo.Reports.Schedules;

namespace Sermo.Reports.Tests;

public class CronTextTests
{
    [Theory]
    [InlineData("0 30 5 ? * MON", "30 5 * * MON")]
    [InlineData("0 0/5 * * * ?", "0/5 * * * *")]
    [InlineData("0 0 8 ? * MON-FRI", "0 8 * * MON-FRI")]
    [InlineData("0 0 6 2 * ?", "0 6 2 * *")]
    [InlineData("15 0 6 ? * MON", "15 0 6 * * MON")]
    [InlineData("0 0 6 ? * MON *", "0 6 * * MON")]
    [InlineData("0 0 6 ? * 2", "0 6 * * 1")]
    [InlineData("0 0 6 ? * 2-6", "0 6 * * 1-5")]
    [InlineData("0 0 6 ? * 6L", "0 6 * * 5L")]
    [InlineData("0 0 6 ? * 2#1", "0 6 * * 1#1")]
    [InlineData("0 0 6 ? * 2/2", "0 6 * * MON,WED,FRI")]
    [InlineData("0 0 6 L-3 * ?", "0 6 L-3 * *")]
    public void ToHangfire_QuartzExpression_ConvertedToTheSameSchedule(string quartz, string hangfire)
    {
        CronText.ToHangfire(quartz, out var converted).Should().Be(hangfire);

        converted.Should().BeTrue();
    }

    [Theory]
    [InlineData("30 5 * * MON")]
    [InlineData("*/2 * * * * *")]
    [InlineData("0 6 * * 1-5")]
    [InlineData("@daily")]
    public void ToHangfire_HangfireExpression_KeptAsIs(string hangfire)
    {
        CronText.ToHangfire(hangfire, out var converted).Should().Be(hangfire);

        converted.Should().BeFalse();
    }

    [Fact]
    public void ToHangfire_QuartzNumberedWeekday_MeansTheSameDay()
    {
        // Quartz 2 is Monday; Hangfire's 2 would be Tuesday.
        var schedule = CronSchedule.Parse(CronText.ToHangfire("0 0 6 ? * 2", out _), "UTC");

        schedule.NextAfter(new DateTimeOffset(2026, 3, 8, 12, 0, 0, TimeSpan.Zero))!.Value.DayOfWeek.Should().Be(DayOfWeek.Monday);
    }

    [Theory]
    [InlineData("0 0 6 ? * MON 2099", "year")]
    [InlineData("0 0 6 ? * 9", "day-of-week")]
    [InlineData("0 0 6 ? * 2-4L", "day-of-week")]
    [InlineData("0 6 * *", "cron")]
    [InlineData("0 99 * * *", "cron")]
    public void ToHangfire_NoHangfireEquivalent_RefusedNamingThePart(string expression, string part)
    {
        var act = () => CronText.ToHangfire(expression, out _);

        act.Should().Throw<CronSyntaxException>().Which.Part.Should().Be(part);
    }

    [Fact]
    public void ParseAll_QuartzCronWithYear_ErrorNamesClientReportAndField()
    {
        var act = () => ReportDefinition.ParseAll("acme", """[{ "id": "w", "cron": "0 0 6 ? * MON 2099", "timeZone": "UTC", "interval": "week" }]""");

        act.Should().Throw<InvalidDataException>().WithMessage("*'acme'*'w'*field \"cron\" (year)*2099*");
    }

    [Fact]
    public void ParseAll_UnknownTimeZone_ErrorNamesTheField()
    {
        var act = () => ReportDefinition.ParseAll("acme", """[{ "id": "w", "cron": "0 6 * * MON", "timeZone": "Mars/Olympus", "interval": "week" }]""");

        act.Should().Throw<InvalidDataException>().WithMessage("*'w'*field \"timeZone\"*Mars/Olympus*");
    }

    [Fact]
    public void ParseAll_QuartzCron_StoredInHangfireSyntaxAndReported()
    {
        var report = ReportDefinition.ParseAll("acme", """[{ "id": "w", "cron": "0 30 5 ? * MON", "timeZone": "America/Chicago", "interval": "week" }]""", out var conversions).Single();

        report.Cron.Should().Be("30 5 * * MON");
        conversions.Should().ContainSingle().Which.Should().Contain("'0 30 5 ? * MON'").And.Contain("'30 5 * * MON'");
    }
}
