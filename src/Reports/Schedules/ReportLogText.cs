using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Sermo.Reports.Outbox;

namespace Sermo.Reports.Schedules;

/// <summary>
/// The one place that makes failure text about a report fit for a log or the job store (decision 115): every report id it
/// is given, and every report folder under the outbox or the internal-reports root, becomes its
/// <see cref="ReportLogName"/> (<c>…/outbox/contoso/monthly-obesity-by-state-2026-11/heatmap.csv</c> →
/// <c>…/outbox/contoso/report-3f1c09a2-2026-11/heatmap.csv</c>), and every other value given (a request's route and query
/// values) becomes <c>{value}</c>. An exception's message names what failed, an I/O error the file it could not write,
/// and that file lies in a folder named after the report: logged as it was, a topic a client watches reached the log.
/// Every logger call, and Hangfire's stored failure, that carries such an exception passes it through here.
/// </summary>
public sealed partial class ReportLogText(IOptions<ReportOptions> options)
{
    /// <summary>What a value that is neither a report id nor a path reads as.</summary>
    public const string ValuePlaceholder = "{value}";

    /// <summary><paramref name="text"/> with <paramref name="reportIds"/> and the folders under the report roots named by log name.</summary>
    public string Redact(string text, IEnumerable<string> reportIds) => Redact(text, reportIds, []);

    /// <param name="values">Other values to hide (a request's route and query values), replaced by <see cref="ValuePlaceholder"/>.</param>
    public string Redact(string text, IEnumerable<string> reportIds, IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pattern = Pattern(Roots(), reportIds, values);
        return pattern is null ? text : pattern.Replace(text, Rename);
    }

    /// <summary>
    /// An exception to log or store in place of <paramref name="exception"/>: the same type name, message and stack
    /// trace, inner exceptions included, each passed through <see cref="Redact(string, IEnumerable{string}, IEnumerable{string})"/>.
    /// </summary>
    public RedactedException Redact(Exception exception, IEnumerable<string> reportIds, IEnumerable<string>? values = null)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var pattern = Pattern(Roots(), reportIds, values ?? []);
        string Clean(string text) => pattern is null ? text : pattern.Replace(text, Rename);
        return new RedactedException(exception.GetType().FullName ?? exception.GetType().Name, Clean(exception.Message), Clean(exception.ToString()));
    }

    /// <summary>
    /// How a log names a report folder (<c>&lt;report id&gt;-&lt;period&gt;[-internal]</c>): the id's log name and the rest
    /// as it was; a dot-folder (staging, a replaced run) as it is; any other name by its own digest.
    /// </summary>
    public static string FolderName(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (folder.Length == 0 || folder[0] == '.')
        {
            return folder;
        }

        var match = ReportFolder().Match(folder);
        return match.Success ? ReportLogName.For(match.Groups["id"].Value) + folder[match.Groups["id"].Length..] : ReportLogName.For(folder);
    }

    private IEnumerable<string> Roots()
    {
        var settings = options.Value;
        foreach (var root in new[] { settings.OutboxPath, settings.InternalPath })
        {
            if (!string.IsNullOrWhiteSpace(root))
            {
                yield return Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
            }
        }
    }

    /// <summary>
    /// One pattern, applied in one pass, so a name already replaced is never replaced again: a folder under a root first,
    /// then the report ids (longest first, as whole words: "io" is not replaced inside "radio"), then the other values.
    /// </summary>
    private static Regex? Pattern(IEnumerable<string> roots, IEnumerable<string> reportIds, IEnumerable<string> values)
    {
        var parts = new List<string>();
        var rootList = roots.Distinct(StringComparer.Ordinal).OrderByDescending(r => r.Length).Select(Regex.Escape).ToList();
        if (rootList.Count > 0)
        {
            parts.Add($@"(?:{string.Join('|', rootList)})[/\\][A-Za-z0-9._-]+[/\\](?<folder>[A-Za-z0-9._-]+)");
        }

        var givenIds = reportIds.ToList();
        var ids = Words(givenIds);
        if (ids.Count > 0)
        {
            parts.Add($"(?<![A-Za-z0-9])(?<id>{string.Join('|', ids)})(?![A-Za-z0-9])");
        }

        // Numbers and punctuation say nothing, and would otherwise blank every such digit of a stack trace.
        var others = Words(values.Where(v => v.Any(char.IsLetter)).Except(givenIds, StringComparer.Ordinal));
        if (others.Count > 0)
        {
            parts.Add($"(?<![A-Za-z0-9])(?<value>{string.Join('|', others)})(?![A-Za-z0-9])");
        }

        return parts.Count == 0 ? null : new Regex(string.Join('|', parts), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    private static List<string> Words(IEnumerable<string> words) => words
        .Where(w => !string.IsNullOrEmpty(w))
        .Distinct(StringComparer.Ordinal)
        .OrderByDescending(w => w.Length)
        .Select(Regex.Escape)
        .ToList();

    private static string Rename(Match match)
    {
        if (match.Groups["folder"] is { Success: true } folder)
        {
            return match.Value[..(folder.Index - match.Index)] + FolderName(folder.Value);
        }

        return match.Groups["id"] is { Success: true } id ? ReportLogName.For(id.Value) : ValuePlaceholder;
    }

    /// <summary>A run folder: the report id, then its period (ReportPeriod.Label), then "-internal" for an internal run.</summary>
    [GeneratedRegex(@"^(?<id>.+?)-\d{4}-(?:W\d{2}|\d{2}(?:-\d{2})?)(?:_\d{4}-\d{2}-\d{2})?(?:-internal)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ReportFolder();
}
