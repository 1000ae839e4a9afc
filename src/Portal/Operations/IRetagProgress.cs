namespace Sermo.Portal.Operations;

/// <summary>One run of a re-tag job (post sentiment or aspects) as the job store has it.</summary>
/// <param name="State">Enqueued, Processing, Succeeded or Failed.</param>
/// <param name="Progress">The job's last progress line ("N of M posts re-tagged with vX"), or null before its first page.</param>
/// <param name="Task">Which re-tag: sentiment or aspects.</param>
public sealed record RetagRun(string JobId, string State, DateTime? At, string? Progress, string Task = "sentiment");

/// <summary>
/// The re-tag jobs' runs for the data team's page. The host implements it over Hangfire's job storage (the re-tag job
/// lives in the Worker); a host without one shows no re-tag section.
/// </summary>
public interface IRetagProgress
{
    /// <summary>Running and waiting re-tags first, then the newest finished ones, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<RetagRun>> RecentAsync(int limit, CancellationToken cancellationToken);
}
