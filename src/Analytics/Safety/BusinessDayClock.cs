namespace Sermo.Analytics.Safety;

/// <summary>
/// The safety queue's one-business-day clock, in UTC: time runs Monday to Friday only, so an item posted on Friday at
/// 15:00 is due on Monday at 15:00 and one posted on Saturday is due on Tuesday at 00:00. Public holidays are not
/// known to it (docs/adverse-events.md).
/// </summary>
public static class BusinessDayClock
{
    public static readonly TimeSpan Allowance = TimeSpan.FromDays(1);

    /// <summary>When one business day has passed since <paramref name="received"/>.</summary>
    public static DateTimeOffset Due(DateTimeOffset received)
    {
        var at = SkipWeekend(received.ToUniversalTime());
        var left = Allowance;
        while (true)
        {
            var endOfDay = new DateTimeOffset(at.UtcDateTime.Date.AddDays(1), TimeSpan.Zero);
            if (at + left <= endOfDay)
            {
                return at + left;
            }

            left -= endOfDay - at;
            at = SkipWeekend(endOfDay);
        }
    }

    /// <summary>Business time from <paramref name="now"/> until <paramref name="due"/>; negative (business time overdue) once past it.</summary>
    public static TimeSpan Left(DateTimeOffset now, DateTimeOffset due) =>
        now <= due ? BusinessTime(now, due) : -BusinessTime(due, now);

    /// <summary>Weekday time between two instants (<paramref name="from"/> not after <paramref name="to"/>).</summary>
    public static TimeSpan BusinessTime(DateTimeOffset from, DateTimeOffset to)
    {
        var total = TimeSpan.Zero;
        var at = from.ToUniversalTime();
        var end = to.ToUniversalTime();
        while (at < end)
        {
            var endOfDay = new DateTimeOffset(at.UtcDateTime.Date.AddDays(1), TimeSpan.Zero);
            var stop = endOfDay < end ? endOfDay : end;
            if (!IsWeekend(at))
            {
                total += stop - at;
            }

            at = stop;
        }

        return total;
    }

    private static bool IsWeekend(DateTimeOffset at) => at.UtcDateTime.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static DateTimeOffset SkipWeekend(DateTimeOffset at)
    {
        while (IsWeekend(at))
        {
            at = new DateTimeOffset(at.UtcDateTime.Date.AddDays(1), TimeSpan.Zero);
        }

        return at;
    }
}
