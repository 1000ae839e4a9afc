namespace Sermo.Portal.Operations;

/// <summary>One run of the sentiment re-tag job as the job store has it.</summary>
/// <param name="State">Processing, Succeeded or Failed.</param>
/// <param name="Progress">The job's last progress line ("N of M posts re-tagged with vX"), or null before its first page.</param>
public sealed record RetagRun(string JobId, string State, DateTime? At, string? Progress);

/// <summary>
/// The re-tag job's runs for the data team's page. The host implements it over Hangfire's job storage (the re-tag job
/// lives in the Worker); a host without one shows no re-tag section.
/// </summary>
public interface IRetagProgress
{
    /// <summary>Running re-tags first, then the newest finished ones, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<RetagRun>> RecentAsync(int limit, CancellationToken cancellationToken);
}
