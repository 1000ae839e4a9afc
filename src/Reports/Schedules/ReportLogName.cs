using System.Security.Cryptography;
using System.Text;

namespace Sermo.Reports.Schedules;

/// <summary>
/// How logs name a report (decision 105): a short digest of its id, never the id. Report ids are the operator's names
/// and often name a topic (<c>monthly-obesity-by-state</c>); logs leave the host for aggregators that staff without
/// database access read, where a topic word next to a client's id says what the client watches. The run history and the
/// read audit keep the id, and <c>report runs</c> prints both, so an operator maps a log line to its report there.
/// </summary>
public static class ReportLogName
{
    /// <summary>"report-" and the first 8 hex digits of SHA-256 of the id: stable across hosts and restarts, and one
    /// per report id in practice (a collision would only make two log lines look alike).</summary>
    public static string For(string reportId)
    {
        ArgumentNullException.ThrowIfNull(reportId);
        return "report-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(reportId)), 0, 4);
    }
}
