using System.Globalization;
using System.Text.RegularExpressions;

namespace Sermo.Reports.Schedules;

/// <summary>
/// Quartz cron (seconds minutes hours day-of-month month day-of-week [year]) to Hangfire's. The fields mean the same
/// but for day-of-week numbers (Quartz 1 = Sunday … 7 = Saturday; Hangfire 0 = Sunday, and 7 is Sunday again), the
/// year (Hangfire has none) and <c>?</c> (Hangfire's <c>*</c>). A seconds field of 0 is dropped, giving 5 fields.
/// </summary>
internal static partial class QuartzCronConversion
{
    private static readonly string[] Days = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    public static string Convert(string expression, string[] fields)
    {
        if (fields.Length == 7 && fields[6] is not ("*" or "?"))
        {
            throw new CronSyntaxException("year",
                $"'{expression}' is a Quartz expression with year '{fields[6]}'; Hangfire cron has no year field (use a schedule without one)");
        }

        var dayOfMonth = fields[3] == "?" ? "*" : fields[3];
        var dayOfWeek = fields[5] == "?" ? "*" : string.Join(',', fields[5].Split(',').Select(item => DayOfWeekItem(expression, item)));
        string[] hangfire = [fields[0], fields[1], fields[2], dayOfMonth, fields[4], dayOfWeek];
        return string.Join(' ', fields[0] == "0" ? hangfire[1..] : hangfire);
    }

    /// <summary>One comma-separated item of a Quartz day-of-week field in Hangfire's numbering.</summary>
    private static string DayOfWeekItem(string expression, string item)
    {
        var upper = item.ToUpperInvariant();
        if (upper == "*")
        {
            return "*";
        }

        if (upper == "L")
        {
            return "SAT"; // Quartz: L alone in day-of-week is the last day of the week, Saturday.
        }

        var match = DayOfWeekPattern().Match(upper);
        if (!match.Success)
        {
            throw Refused(expression, item);
        }

        var first = match.Groups["first"].Value;
        var last = match.Groups["last"].Value;
        var step = match.Groups["step"].Value;
        if (step.Length > 0)
        {
            // Hangfire reads a day-of-week step over 0-7, so 7 (Sunday) would sneak in: list the days instead.
            var from = first == "*" ? 1 : Number(expression, item, first);
            var to = last.Length > 0 ? Number(expression, item, last) : 7;
            var by = int.Parse(step, CultureInfo.InvariantCulture);
            if (by == 0 || to < from)
            {
                throw Refused(expression, item);
            }

            return string.Join(',', Enumerable.Range(from, to - from + 1).Where(d => (d - from) % by == 0).Select(d => Days[d - 1]));
        }

        var suffix = match.Groups["suffix"].Value;
        if (first == "*" || (last.Length > 0 && suffix.Length > 0))
        {
            throw Refused(expression, item);
        }

        // "6L" (last Friday) keeps a number: Hangfire reads a last-weekday only in that form.
        var text = suffix == "L" ? (Number(expression, item, first) - 1).ToString(CultureInfo.InvariantCulture) : Day(expression, item, first);
        if (last.Length > 0)
        {
            text += "-" + Day(expression, item, last);
        }

        return text + suffix;
    }

    /// <summary>A name stays a name; a Quartz number becomes Hangfire's (one less).</summary>
    private static string Day(string expression, string item, string day) =>
        char.IsDigit(day[0]) ? (Number(expression, item, day) - 1).ToString(CultureInfo.InvariantCulture) : day;

    private static int Number(string expression, string item, string day)
    {
        var index = char.IsDigit(day[0]) ? int.Parse(day, CultureInfo.InvariantCulture) : Array.IndexOf(Days, day) + 1;
        return index is >= 1 and <= 7 ? index : throw Refused(expression, item);
    }

    private static CronSyntaxException Refused(string expression, string item) =>
        new("day-of-week", $"'{expression}' is a Quartz expression whose day-of-week '{item}' has no Hangfire equivalent");

    [GeneratedRegex(@"^(?<first>\*|[1-7]|[A-Z]{3})(?:-(?<last>[1-7]|[A-Z]{3}))?(?:/(?<step>\d+)|(?<suffix>L|#[1-5]))?$")]
    private static partial Regex DayOfWeekPattern();
}
