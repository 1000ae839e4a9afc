namespace Sermo.Reports.Schedules;

/// <summary>A cron expression (or its time zone) Sermo cannot schedule; <see cref="Part"/> names the part at fault.</summary>
public sealed class CronSyntaxException(string part, string message) : FormatException(message)
{
    /// <summary>"cron" for the whole expression, a field such as "year" or "day-of-week", or "timeZone".</summary>
    public string Part { get; } = part;
}
