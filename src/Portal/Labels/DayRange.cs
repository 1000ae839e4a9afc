using System.Globalization;

namespace Sermo.Portal.Labels;

/// <summary>A day range from a form's two yyyy-MM-dd fields, or why it is not one.</summary>
/// <param name="First">Null with <see cref="Last"/> when both fields were empty and a range was optional.</param>
public readonly record struct DayRange(DateOnly? First, DateOnly? Last, string? Error)
{
    /// <param name="required">Whether both days are needed; otherwise both empty means every day, one alone is an error.</param>
    public static DayRange Parse(string? from, string? to, bool required)
    {
        if (string.IsNullOrWhiteSpace(from) && string.IsNullOrWhiteSpace(to) && !required)
        {
            return new DayRange(null, null, null);
        }

        if (!Day(from, out var first))
        {
            return new DayRange(null, null, $"from: '{from}' is not a yyyy-MM-dd day");
        }

        if (!Day(to, out var last))
        {
            return new DayRange(null, null, $"to: '{to}' is not a yyyy-MM-dd day");
        }

        return last < first
            ? new DayRange(null, null, $"to: {last:yyyy-MM-dd} is before from: {first:yyyy-MM-dd}")
            : new DayRange(first, last, null);
    }

    private static bool Day(string? value, out DateOnly day) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
