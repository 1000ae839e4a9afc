using Sermo.Analytics.HeatMaps;
using Sermo.Reports.Schedules;

namespace Sermo.Reports.Tests;

/// <summary>
/// docs/privacy.md P13 on scheduled reports, as a client holding every scheduled report would attack it: a report that
/// ran early in a bucket released that open bucket, and the next report released it again with more posts, so whether
/// the noisy numbers moved told the client whether any post came after the first run (a sub-bucket count of zero, named
/// exactly). Every occurrence of a year of schedules, in time zones on both sides of UTC, must release ended buckets only.
/// </summary>
public sealed class OccurrencePeriodTests
{
    [Theory]
    [InlineData("0 8 * * MON-FRI", "America/New_York", "day")]
    [InlineData("0 7 * * MON", "America/New_York", "week")]
    [InlineData("0 6 1 * *", "Europe/Berlin", "month")]
    [InlineData("30 8 * * *", "Asia/Tokyo", "day")]
    [InlineData("0 9 * * MON", "Pacific/Auckland", "week")]
    [InlineData("0 23 * * SUN", "America/Los_Angeles", "week")]
    public void Attack_ScheduledRunsAllYear_NoneReleasesABucketStillOpen(string cron, string zone, string interval)
    {
        var report = Definition(cron, zone, interval);
        var schedule = report.Schedule();
        var occurrence = schedule.NextAfter(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var runs = 0;
        while (occurrence is { } at && at.Year == 2026)
        {
            var period = ClientReportRunner.OccurrencePeriod(report, at);

            var ended = new DateTimeOffset(period.To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            ended.Should().BeOnOrBefore(at - TimeBuckets.SettleTime, $"the run at {at:O} must not release a bucket that ends at {ended:O}");
            runs++;
            occurrence = schedule.NextAfter(at);
        }

        runs.Should().BeGreaterThan(10);
    }

    [Fact]
    public void OccurrencePeriod_WeeklyMondayMorning_EndsWithTheWeekBefore()
    {
        var report = Definition("0 7 * * MON", "America/New_York", "week");

        var period = ClientReportRunner.OccurrencePeriod(report, new DateTimeOffset(2026, 3, 9, 11, 0, 0, TimeSpan.Zero));

        period.To.Should().Be(new DateOnly(2026, 3, 8), "Monday's own week has hours of posts only; the week before has ended");
        period.From.Should().Be(new DateOnly(2026, 3, 8).AddDays(1 - (7 * report.Buckets)));
    }

    [Fact]
    public void OccurrencePeriod_DailyLateEveningInItsZone_EndsWithTheUtcDayThatEnded()
    {
        // 23:30 on March 10 in Los Angeles is 06:30 UTC on March 11: the local day's UTC bucket has ended and settled.
        var report = Definition("30 23 * * *", "America/Los_Angeles", "day");

        var period = ClientReportRunner.OccurrencePeriod(report, new DateTimeOffset(2026, 3, 11, 6, 30, 0, TimeSpan.Zero));

        period.To.Should().Be(new DateOnly(2026, 3, 10), "the local day is March 10, and the UTC day March 10 ended 6.5 hours before");
    }

    private static ReportDefinition Definition(string cron, string zone, string interval) =>
        ReportDefinition.ParseAll("acme", $$"""[{ "id": "r", "cron": "{{cron}}", "timeZone": "{{zone}}", "interval": "{{interval}}", "formats": ["csv"] }]""").Single();
}
