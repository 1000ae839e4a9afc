using System.Data.Common;

namespace Sermo.Forum.Storage;

/// <summary>
/// One write transaction. Feed changes are queued with <see cref="Change"/> and appended as the transaction's last
/// statements in <see cref="CommitAsync"/>: a write never holds the append order while it still waits for rows.
/// </summary>
public sealed class ForumWrite : IAsyncDisposable
{
    private readonly ForumDatabase _database;
    private readonly List<(string Kind, string? PostId, string? MemberId)> _changes = [];

    internal ForumWrite(ForumDatabase database, DbConnection connection, DbTransaction transaction) =>
        (_database, Connection, Transaction) = (database, connection, transaction);

    internal DbConnection Connection { get; }

    internal DbTransaction Transaction { get; }

    internal ForumDatabase Database => _database;

    public int ChangeCount => _changes.Count;

    internal void Change(string kind, string? postId, string? memberId) => _changes.Add((kind, postId, memberId));

    internal Task<int> ExecuteAsync(string sql, CancellationToken ct, params (string Name, object? Value)[] parameters) =>
        Connection.ExecuteAsync(Transaction, sql, ct, parameters);

    internal Task<object?> ScalarAsync(string sql, CancellationToken ct, params (string Name, object? Value)[] parameters) =>
        Connection.ScalarAsync(Transaction, sql, ct, parameters);

    internal Task<List<T>> QueryAsync<T>(string sql, Func<DbDataReader, T> map, CancellationToken ct, params (string Name, object? Value)[] parameters) =>
        Connection.QueryAsync(Transaction, sql, map, ct, parameters);

    public async Task CommitAsync(DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (_changes.Count > 0)
        {
            await _database.SerializeAppendAsync(Connection, Transaction, cancellationToken);
            var time = _database.Time(at);
            foreach (var (kind, postId, memberId) in _changes)
            {
                await ExecuteAsync("INSERT INTO forum_changes (kind, post_id, member_id, at) VALUES (@kind, @post, @member, @at)", cancellationToken,
                    ("@kind", kind), ("@post", postId), ("@member", memberId), ("@at", time));
            }
        }

        await Transaction.CommitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await Transaction.DisposeAsync();
        await Connection.DisposeAsync();
    }
}
