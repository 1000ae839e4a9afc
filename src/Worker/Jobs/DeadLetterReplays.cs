using Sermo.Ingest.DeadLetters;
using Sermo.Portal.Operations;
using Sermo.Storage.Ingestion;

namespace Sermo.Worker.Jobs;

/// <summary>
/// Replays dead-letter rows after a fix, for `deadletters replay` and the operators' page alike: each row read again
/// from its origin and ingested (marked replayed with what happened), then one cube rollup queued on this host's queue
/// when any post was stored.
/// </summary>
public sealed class DeadLetterReplays(DeadLetterReplay replay, ForegroundJobs jobs) : IDeadLetterReplayer
{
    public async Task<DeadLetterReplayTally> ReplayAsync(IReadOnlyList<StoredDeadLetter> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var lines = new List<string>();
        int skipped = 0;
        long stored = 0, refused = 0;
        foreach (var row in rows)
        {
            var result = await replay.ReplayAsync(row, cancellationToken);
            if (result.Summary is not { } summary)
            {
                skipped++;
                lines.Add($"#{row.Id} {row.Source} {Span(row)}: not replayed: {result.Unrecoverable}");
                continue;
            }

            (stored, refused) = (stored + summary.Inserted, refused + summary.DeadLettered);
            lines.Add($"#{row.Id} {row.Source} {Span(row)}: {summary.Read:N0} re-read, {summary.Inserted:N0} stored, {summary.DeadLettered:N0} refused again"
                + (summary.DeadLettered > 0 ? " (" + string.Join(", ", summary.DeadLettersByReason.Select(r => $"{r.Key} {r.Value:N0}")) + ")" : ""));
        }

        var rollup = stored > 0 ? jobs.Enqueue<CubeRollupJob>(j => j.RunAsync(CancellationToken.None)) : null;
        return new DeadLetterReplayTally(rows.Count, skipped, stored, refused, lines, rollup);
    }

    /// <summary>A row's positions as operators read them: one line, or the first line and the last one's number.</summary>
    internal static string Span(StoredDeadLetter row) => row.Position == row.LastPosition ? row.Position : $"{row.Position}..{row.LastPosition.Split(' ')[^1]}";
}
