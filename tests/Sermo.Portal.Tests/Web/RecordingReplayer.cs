using Sermo.Portal.Operations;
using Sermo.Storage.Ingestion;

namespace Sermo.Portal.Tests.Web;

/// <summary>
/// Stands in for the Worker's replayer (tested through `deadletters replay`): records which rows the page asked for and
/// says one post was stored.
/// </summary>
internal sealed class RecordingReplayer : IDeadLetterReplayer
{
    public List<IReadOnlyList<StoredDeadLetter>> Replayed { get; } = [];

    public Task<DeadLetterReplayTally> ReplayAsync(IReadOnlyList<StoredDeadLetter> rows, CancellationToken cancellationToken)
    {
        Replayed.Add(rows);
        return Task.FromResult(new DeadLetterReplayTally(rows.Count, 0, 1, rows.Count - 1, [.. rows.Select(r => $"#{r.Id} {r.Source} {r.Position}: replayed")], "job-1"));
    }
}
