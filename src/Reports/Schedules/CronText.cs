using Cronos;

namespace Sermo.Reports.Schedules;

/// <summary>
/// Reads a cron expression in Hangfire's syntax: 5 fields (minute hour day-of-month month day-of-week), 6 with seconds
/// first, or a macro such as <c>@daily</c>. Client files and settings written for Quartz are converted: a 7-field
/// expression, or a 6-field one with <c>?</c> in a day field (Quartz demands it there; nobody writes it for Hangfire),
/// is read as Quartz. What Hangfire cannot express (a year other than <c>*</c>) is refused, naming the field.
/// </summary>
public static class CronText
{
    private static readonly char[] Separators = [' ', '\t'];

    /// <summary>The expression in Hangfire's syntax; <paramref name="converted"/> says it was Quartz's.</summary>
    /// <exception cref="CronSyntaxException">Neither a Hangfire expression nor a convertible Quartz one.</exception>
    public static string ToHangfire(string expression, out bool converted)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var fields = expression.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        converted = IsQuartz(fields);
        var text = converted ? QuartzCronConversion.Convert(expression, fields) : string.Join(' ', fields);
        try
        {
            Parse(text);
        }
        catch (CronFormatException ex)
        {
            var said = converted ? $"'{expression}' (Quartz) reads as '{text}', which" : $"'{expression}'";
            throw new CronSyntaxException("cron", $"{said} is not a valid cron expression: {ex.Message}");
        }

        return text;
    }

    /// <summary>Parses an expression already in Hangfire's syntax, choosing the seconds format by its field count, as Hangfire does.</summary>
    public static CronExpression Parse(string hangfireCron)
    {
        ArgumentNullException.ThrowIfNull(hangfireCron);
        if (hangfireCron.StartsWith('@'))
        {
            return CronExpression.Parse(hangfireCron);
        }

        var count = hangfireCron.Split(Separators, StringSplitOptions.RemoveEmptyEntries).Length;
        return count switch
        {
            5 => CronExpression.Parse(hangfireCron, CronFormat.Standard),
            6 => CronExpression.Parse(hangfireCron, CronFormat.IncludeSeconds),
            _ => throw new CronSyntaxException("cron",
                $"'{hangfireCron}' has {count} fields; use 5 (minute hour day-of-month month day-of-week) or 6 (seconds first)"),
        };
    }

    private static bool IsQuartz(string[] fields) =>
        fields.Length == 7 || (fields.Length == 6 && (fields[3].Contains('?', StringComparison.Ordinal) || fields[5].Contains('?', StringComparison.Ordinal)));
}
