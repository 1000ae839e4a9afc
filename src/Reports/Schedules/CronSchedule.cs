using Cronos;

namespace Sermo.Reports.Schedules;

/// <summary>A cron expression in Hangfire's syntax in a time zone: when its occurrences fall, as UTC instants.</summary>
public sealed class CronSchedule
{
    /// <summary>How far back <see cref="LatestAtOrBefore"/> looks before giving up: longer than any yearly schedule.</summary>
    private static readonly TimeSpan Horizon = TimeSpan.FromDays(5 * 366);

    private readonly CronExpression _expression;

    private CronSchedule(string cron, CronExpression expression, TimeZoneInfo zone)
    {
        Cron = cron;
        _expression = expression;
        Zone = zone;
    }

    /// <summary>The expression in Hangfire's syntax.</summary>
    public string Cron { get; }

    public TimeZoneInfo Zone { get; }

    /// <exception cref="CronSyntaxException">The expression is not Hangfire syntax, or the time zone is unknown.</exception>
    public static CronSchedule Parse(string hangfireCron, string timeZoneId)
    {
        CronExpression expression;
        try
        {
            expression = CronText.Parse(hangfireCron);
        }
        catch (CronFormatException ex)
        {
            throw new CronSyntaxException("cron", $"'{hangfireCron}' is not a valid cron expression: {ex.Message}");
        }

        return new CronSchedule(hangfireCron, expression, FindZone(timeZoneId));
    }

    /// <exception cref="CronSyntaxException">Not a time zone id this machine knows (IANA, e.g. America/Chicago, or UTC).</exception>
    public static TimeZoneInfo FindZone(string? timeZoneId)
    {
        if (string.IsNullOrWhiteSpace(timeZoneId))
        {
            throw new CronSyntaxException("timeZone", "a time zone is required, e.g. \"UTC\" or \"America/Chicago\"");
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        }
        catch (TimeZoneNotFoundException)
        {
            throw new CronSyntaxException("timeZone", $"unknown time zone '{timeZoneId}'");
        }
        catch (InvalidTimeZoneException)
        {
            throw new CronSyntaxException("timeZone", $"time zone '{timeZoneId}' cannot be read on this machine");
        }
    }

    /// <summary>The first occurrence strictly after <paramref name="instant"/>.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset instant) =>
        _expression.GetNextOccurrence(instant.ToUniversalTime(), Zone, inclusive: false)?.ToUniversalTime();

    /// <summary>The last occurrence at or before <paramref name="instant"/>; null if none within five years.</summary>
    public DateTimeOffset? LatestAtOrBefore(DateTimeOffset instant)
    {
        var to = instant.ToUniversalTime();
        // Cronos only looks forward: widen a window backwards until it holds an occurrence.
        for (var window = TimeSpan.FromMinutes(1); ; window *= 2)
        {
            var span = window < Horizon ? window : Horizon;
            var latest = _expression.GetOccurrences(to - span, to, Zone, fromInclusive: true, toInclusive: true).LastOrDefault();
            if (latest != default)
            {
                return latest.ToUniversalTime();
            }

            if (span == Horizon)
            {
                return null;
            }
        }
    }

    /// <summary>
    /// A missed occurrence that a later one has replaced: it is older than <paramref name="misfireThreshold"/> and the
    /// next occurrence has come too. After downtime only the newest missed occurrence runs; a run merely late (a busy
    /// host) is not dropped.
    /// </summary>
    public bool IsSuperseded(DateTimeOffset occurrence, DateTimeOffset now, TimeSpan misfireThreshold) =>
        now - occurrence > misfireThreshold && NextAfter(occurrence) is { } next && next <= now;

    /// <summary>The day an occurrence falls on in the schedule's time zone: the day a report run for it covers.</summary>
    public DateOnly LocalDay(DateTimeOffset occurrence) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(occurrence, Zone).DateTime);
}
