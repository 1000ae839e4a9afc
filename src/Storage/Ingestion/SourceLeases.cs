using System.Data.Common;

namespace Sermo.Storage.Ingestion;

/// <summary>
/// Source leases on either backend, in <c>source_leases</c>. A takeover increments the token; a holder's own
/// re-acquire or renewal keeps it. Expiries are set and compared with the database's clock, so hosts whose clocks
/// disagree still agree on who holds a source.
/// </summary>
public sealed class SourceLeases(StoreDatabase database) : ISourceLeases
{
    public async Task<SourceLease?> TryAcquireAsync(string source, string holder, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var now = database.NowSql;
        var tokens = await connection.QueryAsync(null, $"""
            INSERT INTO source_leases AS l (source, holder, token, expires_at) VALUES (@source, @holder, 1, {now} + @duration)
            ON CONFLICT (source) DO UPDATE SET
                token = CASE WHEN l.holder = excluded.holder THEN l.token ELSE l.token + 1 END,
                holder = excluded.holder, expires_at = excluded.expires_at
            WHERE l.holder = excluded.holder OR l.expires_at <= {now}
            RETURNING token
            """, reader => reader.GetInt64(0), cancellationToken,
            ("@source", source), ("@holder", holder), ("@duration", database.Interval(duration)));
        return tokens.Count == 0 ? null : new SourceLease(source, holder, tokens[0]);
    }

    public async Task<bool> RenewAsync(SourceLease lease, TimeSpan duration, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(null, $"""
            UPDATE source_leases SET expires_at = {database.NowSql} + @duration
            WHERE source = @source AND holder = @holder AND token = @token
            """, cancellationToken,
            ("@source", lease.Source), ("@holder", lease.Holder), ("@token", lease.Token), ("@duration", database.Interval(duration))) == 1;
    }

    public async Task ReleaseAsync(SourceLease lease, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(null, $"""
            UPDATE source_leases SET expires_at = {database.NowSql}
            WHERE source = @source AND holder = @holder AND token = @token
            """, cancellationToken, ("@source", lease.Source), ("@holder", lease.Holder), ("@token", lease.Token));
    }

    /// <summary>
    /// The fencing check, inside a batch's transaction and just before it commits: throws <see cref="LeaseLostException"/>
    /// when the source changed hands. On PostgreSQL the lease row stays locked until commit, so a takeover waits for
    /// this batch and then reads the checkpoint it wrote; on SQLite the write lock already excludes it.
    /// </summary>
    internal static async Task VerifyAsync(DbConnection connection, DbTransaction tx, StoreDatabase database, SourceLease lease, CancellationToken ct)
    {
        var held = await connection.QueryAsync(tx, $"""
            SELECT token FROM source_leases WHERE source = @source AND holder = @holder AND token = @token{database.ForShare}
            """, reader => reader.GetInt64(0), ct, ("@source", lease.Source), ("@holder", lease.Holder), ("@token", lease.Token));
        if (held.Count == 0)
        {
            throw new LeaseLostException(lease);
        }
    }
}
