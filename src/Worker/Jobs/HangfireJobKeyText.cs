using System.Text.RegularExpressions;
using Sermo.Reports.Schedules;

namespace Sermo.Worker.Jobs;

/// <summary>
/// Hangfire's own log lines quote the keys Sermo gives it: a recurring job's id (<c>report:contoso/monthly-obesity-by-state</c>,
/// in "Recurring job '…' can not be scheduled") and a report lock (<c>client-report:contoso/…</c>). A report id can name a
/// topic a client watches, so before such a line reaches Sermo's log the report part becomes its
/// <see cref="ReportLogName"/>, as Sermo's own lines name it (decision 105); the client id stays.
/// </summary>
internal static partial class HangfireJobKeyText
{
    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Contains("report:", StringComparison.Ordinal) ? JobKey().Replace(text, m => m.Groups["key"].Value + ReportLogName.For(m.Groups["report"].Value)) : text;
    }

    /// <summary>The exception itself when no key is in its text, else a <see cref="RedactedException"/> with the same type name and redacted text.</summary>
    public static Exception? Redact(Exception? exception)
    {
        if (exception is null)
        {
            return null;
        }

        var text = exception.ToString();
        var message = exception.Message;
        var redactedText = Redact(text);
        return ReferenceEquals(redactedText, text) && ReferenceEquals(Redact(message), message)
            ? exception
            : new RedactedException(exception.GetType().FullName ?? exception.GetType().Name, Redact(message), redactedText);
    }

    // The characters a client id and a report id may hold (they are folder names under the outbox).
    [GeneratedRegex(@"(?<key>\b(?:client-)?report:[A-Za-z0-9._~-]+/)(?<report>[A-Za-z0-9._~-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex JobKey();
}
