using Sermo.Reports.Schedules;

namespace Sermo.Reports.Tests;

public class CronScheduleTests
{
    private static readonly CronSchedule MondayMorningChicago = CronSchedule.Parse("30 5 * * MON", "America/Chicago");

    [Fact]
    public void LatestAtOrBefore_Wednesday_IsThatWeeksMondayInTheReportsZone()
    {
        var latest = MondayMorningChicago.LatestAtOrBefore(new DateTimeOffset(2026, 3, 11, 12, 0, 0, TimeSpan.Zero));

        // 05:30 in Chicago on Monday 9 March 2026 is 10:30 UTC (daylight time began on the 8th).
        latest.Should().Be(new DateTimeOffset(2026, 3, 9, 10, 30, 0, TimeSpan.Zero));
        MondayMorningChicago.LocalDay(latest!.Value).Should().Be(new DateOnly(2026, 3, 9));
    }

    [Fact]
    public void LatestAtOrBefore_ExactlyAnOccurrence_IsThatOccurrence()
    {
        var at = new DateTimeOffset(2026, 3, 9, 10, 30, 0, TimeSpan.Zero);

        MondayMorningChicago.LatestAtOrBefore(at).Should().Be(at);
    }

    [Fact]
    public void LatestAtOrBefore_YearlySchedule_FoundMonthsBack()
    {
        var yearly = CronSchedule.Parse("0 0 1 1 *", "UTC");

        yearly.LatestAtOrBefore(new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero)).Should().Be(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    }

    [Theory]
    [InlineData(30, false)] // late by seconds (a busy host), nothing newer yet: runs
    [InlineData(7 * 24 * 60 + 5, true)] // a week missed and the next Monday has come: superseded
    public void IsSuperseded_OnlyWhenOlderThanThresholdAndTheNextOccurrenceCame(int minutesLate, bool superseded)
    {
        var occurrence = new DateTimeOffset(2026, 3, 9, 10, 30, 0, TimeSpan.Zero);

        MondayMorningChicago.IsSuperseded(occurrence, occurrence.AddMinutes(minutesLate), TimeSpan.FromMinutes(1)).Should().Be(superseded);
    }

    [Fact]
    public void IsSuperseded_SecondsScheduleRunningLateWithinThreshold_NotSuperseded()
    {
        var everyTwoSeconds = CronSchedule.Parse("*/2 * * * * *", "UTC");
        var occurrence = new DateTimeOffset(2026, 3, 9, 10, 30, 0, TimeSpan.Zero);

        everyTwoSeconds.IsSuperseded(occurrence, occurrence.AddSeconds(5), TimeSpan.FromMinutes(1)).Should().BeFalse();
        everyTwoSeconds.IsSuperseded(occurrence, occurrence.AddSeconds(90), TimeSpan.FromMinutes(1)).Should().BeTrue();
    }
}
