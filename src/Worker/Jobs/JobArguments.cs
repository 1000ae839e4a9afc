using System.Globalization;

namespace Sermo.Worker.Jobs;

/// <summary>
/// How days and instants travel in Hangfire job arguments: as text (yyyy-MM-dd; ISO 8601 UTC), so a stored job reads
/// the same whatever serializer settings the host that runs it has, and the dashboard shows it as written.
/// </summary>
public static class JobArguments
{
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Instant(DateTimeOffset instant) => instant.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    /// <exception cref="JobInputException">Not a yyyy-MM-dd day.</exception>
    public static DateOnly ParseDay(string day) =>
        DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed
            : throw new JobInputException($"'{day}' is not a yyyy-MM-dd day");

    /// <exception cref="JobInputException">Not an ISO 8601 time.</exception>
    public static DateTimeOffset ParseInstant(string instant) =>
        DateTimeOffset.TryParse(instant, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed)
            ? parsed.ToUniversalTime()
            : throw new JobInputException($"'{instant}' is not an ISO 8601 time");
}
