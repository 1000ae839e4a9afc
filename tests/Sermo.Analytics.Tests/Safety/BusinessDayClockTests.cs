using Sermo.Analytics.Safety;

namespace Sermo.Analytics.Tests.Safety;

public class BusinessDayClockTests
{
    private static DateTimeOffset At(int day, int hour) => new(2026, 11, day, hour, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Due_TuesdayAfternoon_WednesdaySameHour() =>
        BusinessDayClock.Due(At(24, 15)).Should().Be(At(25, 15));

    [Fact]
    public void Due_FridayAfternoon_MondaySameHourSkippingWeekend() =>
        BusinessDayClock.Due(At(27, 15)).Should().Be(At(30, 15));

    [Fact]
    public void Due_Saturday_ClockStartsMondayAndEndsTuesdayMidnight() =>
        BusinessDayClock.Due(At(28, 10)).Should().Be(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Left_FromFridayEveningToMondayDue_WeekendNotCounted() =>
        BusinessDayClock.Left(At(27, 20), At(30, 15)).Should().Be(TimeSpan.FromHours(4 + 15));

    [Fact]
    public void Left_PastDue_NegativeBusinessTime() =>
        BusinessDayClock.Left(At(30, 18), At(30, 15)).Should().Be(TimeSpan.FromHours(-3));
}
