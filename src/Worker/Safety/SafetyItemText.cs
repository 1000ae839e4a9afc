using System.Globalization;
using Sermo.Analytics.Safety;
using Sermo.Storage.Safety;

namespace Sermo.Worker.Safety;

/// <summary>One queue item as <c>safety queue show</c> prints it: the clock, the four criteria with evidence, the text, the decision.</summary>
internal static class SafetyItemText
{
    public static async Task WriteAsync(SafetyQueueItem item, DateTimeOffset now, TextWriter output)
    {
        var c = item.Case;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"item {item.Id} ({SafetyExportCsv.ReportId(item.Id)}), post {c.PostId}, {c.Specialty ?? "specialty not given"}"));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"posted {c.PostedAt.UtcDateTime:yyyy-MM-dd HH:mm}Z, queued {item.QueuedAt.UtcDateTime:yyyy-MM-dd HH:mm}Z, due {item.DueAt.UtcDateTime:yyyy-MM-dd HH:mm}Z ({TimeLeft(now, item.DueAt)} business time left)"));
        await output.WriteLineAsync($"suspect product: {c.Product} ({c.Substance}); event: {c.Event}");
        await Criterion(output, "identifiable patient ", c.Criteria.Patient);
        await Criterion(output, "identifiable reporter", c.Criteria.Reporter);
        await Criterion(output, "suspect product      ", c.Criteria.Product);
        await Criterion(output, "adverse event        ", c.Criteria.Event);
        await output.WriteLineAsync($"text: {c.Text}");
        await output.WriteLineAsync(item.Decision is { } d
            ? string.Create(CultureInfo.InvariantCulture, $"decision: {d.Outcome} by {d.Reviewer} at {d.DecidedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z{(d.Note is null ? "" : $" ({d.Note})")}")
            : "decision: none yet");
    }

    private static Task Criterion(TextWriter output, string name, CriterionFinding finding) =>
        output.WriteLineAsync($"  {name}  {(finding.Met ? "met    " : "not met")}  {finding.Evidence}");

    /// <summary>Business time left, "5h12m", or "overdue 3h05m".</summary>
    public static string TimeLeft(DateTimeOffset now, DateTimeOffset due)
    {
        var left = BusinessDayClock.Left(now, due);
        var span = left.Duration();
        var text = string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours}h{span.Minutes:D2}m");
        return left < TimeSpan.Zero ? "overdue " + text : text;
    }
}
