using Sermo.Analytics.HeatMaps;

namespace Sermo.Analytics.Tests.HeatMaps;

public class TimeBucketsTests
{
    [Theory]
    [InlineData("2026-03-30T00:00:00Z", "2026-03-30")] // Monday
    [InlineData("2026-04-05T23:59:59Z", "2026-03-30")] // Sunday of the same ISO week
    [InlineData("2026-01-01T12:00:00Z", "2025-12-29")] // Thursday in 2026-W01, which starts in 2025
    [InlineData("2027-01-03T08:00:00Z", "2026-12-28")] // Sunday in 2026-W53
    public void BucketStart_Week_IsIsoMonday(string instant, string expected)
    {
        TimeBuckets.BucketStart(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture), BucketInterval.Week)
            .Should().Be(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void BucketStart_OffsetInstant_UsesUtcDay()
    {
        // 20:30 in New York on March 31 is April 1 in UTC.
        var instant = new DateTimeOffset(2026, 3, 31, 20, 30, 0, TimeSpan.FromHours(-4));

        TimeBuckets.BucketStart(instant, BucketInterval.Day).Should().Be(new DateOnly(2026, 4, 1));
        TimeBuckets.BucketStart(instant, BucketInterval.Month).Should().Be(new DateOnly(2026, 4, 1));
    }

    [Theory]
    [InlineData("2026-03-30", BucketInterval.Day, "2026-03-30")]
    [InlineData("2026-03-30", BucketInterval.Week, "2026-W14")]
    [InlineData("2026-03-30", BucketInterval.Month, "2026-03")]
    [InlineData("2024-12-30", BucketInterval.Week, "2025-W01")]
    [InlineData("2026-12-28", BucketInterval.Week, "2026-W53")]
    [InlineData("2027-01-04", BucketInterval.Week, "2027-W01")]
    public void Label_Bucket_FormatsIsoAndCalendar(string bucket, BucketInterval interval, string expected)
    {
        TimeBuckets.Label(DateOnly.Parse(bucket, System.Globalization.CultureInfo.InvariantCulture), interval).Should().Be(expected);
    }

    [Fact]
    public void Enumerate_WeeksAcrossYearBoundary_CoversRangeWithMondays()
    {
        var weeks = TimeBuckets.Enumerate(new DateOnly(2026, 12, 20), new DateOnly(2027, 1, 12), BucketInterval.Week);

        weeks.Should().Equal(
            new DateOnly(2026, 12, 14),
            new DateOnly(2026, 12, 21),
            new DateOnly(2026, 12, 28),
            new DateOnly(2027, 1, 4),
            new DateOnly(2027, 1, 11));
        weeks.Select(w => TimeBuckets.Label(w, BucketInterval.Week))
            .Should().Equal("2026-W51", "2026-W52", "2026-W53", "2027-W01", "2027-W02");
    }

    [Fact]
    public void Enumerate_Months_StartsOnFirstAndIncludesPartialLastMonth()
    {
        TimeBuckets.Enumerate(new DateOnly(2026, 1, 15), new DateOnly(2026, 3, 1), BucketInterval.Month)
            .Should().Equal(new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 1));
    }

    [Fact]
    public void Enumerate_EndBeforeStart_Throws()
    {
        var act = () => TimeBuckets.Enumerate(new DateOnly(2026, 2, 1), new DateOnly(2026, 1, 1), BucketInterval.Day);

        act.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData("2026-02-10", BucketInterval.Month, "2026-02-28")]
    [InlineData("2028-02-10", BucketInterval.Month, "2028-02-29")]
    [InlineData("2026-12-31", BucketInterval.Week, "2027-01-03")]
    [InlineData("2026-03-30", BucketInterval.Day, "2026-03-30")]
    public void BucketEnd_AnyDay_IsLastDayOfItsBucket(string day, BucketInterval interval, string expected)
    {
        TimeBuckets.BucketEnd(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), interval)
            .Should().Be(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }
}
