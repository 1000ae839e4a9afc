using Sermo.Storage.Ingestion;

namespace Sermo.Portal.Operations;

/// <summary>
/// "Replay after fix" for the operators' page. The host implements it with Ingest's replay (the portal never references
/// Ingest); a host without one shows the dead letters without the button.
/// </summary>
public interface IDeadLetterReplayer
{
    /// <summary>Replays the rows one by one and queues a cube rollup when any post was stored.</summary>
    Task<DeadLetterReplayTally> ReplayAsync(IReadOnlyList<StoredDeadLetter> rows, CancellationToken cancellationToken);
}
