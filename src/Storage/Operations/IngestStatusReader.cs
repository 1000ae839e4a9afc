namespace Sermo.Storage.Operations;

/// <summary>
/// Reads <see cref="IngestStatus"/> from the checkpoint and dead-letter tables of either backend (both small: one row
/// per source, one per bad record), never from posts, so an operator page stays cheap at any store size.
/// </summary>
public sealed class IngestStatusReader(StoreDatabase database)
{
    public async Task<IngestStatus> ReadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var sources = await connection.QueryAsync(null, "SELECT source, cursor, updated_at FROM checkpoints ORDER BY source",
            r => new SourceCheckpoint(r.GetString(0), r.GetString(1), database.ReadTime(r, 2)), cancellationToken);
        var dead = await connection.QueryAsync(null, """
            SELECT source, reason, COUNT(*), MAX(received_at), SUM(CASE WHEN replayed_at IS NULL THEN 1 ELSE 0 END)
            FROM dead_letters GROUP BY source, reason ORDER BY COUNT(*) DESC, source, reason
            """, r => new DeadLetterCount(r.GetString(0), r.GetString(1), r.GetInt64(2), database.ReadTime(r, 3), r.GetInt64(4)), cancellationToken);
        return new IngestStatus(sources, dead);
    }
}
