using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using SQLitePCL;
using Sermo.Storage.Sqlite;

namespace Sermo.Storage.Search.Sqlite;

/// <summary>
/// The process's copy of the per-post columns a search ranks and aggregates (<see cref="SearchColumnRows"/>, decision
/// 076), and when a search may use it: only when the copy is at exactly the search's snapshot, judged by the store's
/// <c>search_generation</c> counter read inside the search's own read transaction (every post insert, update, deletion
/// and opt-out moves it in the same commit). A search whose snapshot is newer brings the copy forward first, on its own
/// connection and so at its own snapshot: the rows above the copy's highest id (inserts) and the rows in the change log
/// (<see cref="SqliteSearchChangesMigration"/>: updates, deletions, opt-outs) since the copy's position. The first
/// build, and a rebuild when the log no longer reaches back or too much changed, run in the background on a connection
/// of their own; until they finish, and whenever the copy cannot be used, a search takes the text pass, which gives the
/// same answer.
/// </summary>
internal sealed class SqliteSearchColumns(SqliteDatabase database, long maxRowId, ILogger logger) : IAsyncDisposable
{
    /// <summary>A search re-reads at most this many rows itself; more is left to a background rebuild.</summary>
    private const long MostRowsReadBySearch = 50_000;

    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _buildGate = new();
    private SearchColumnRows? _rows;
    private Position _at;
    private Task? _build;
    private bool _tooLarge;

    /// <summary>Searches answered from the copy since start (tests, bench).</summary>
    public long Uses => Interlocked.Read(ref _uses);

    private long _uses;
    private int _disposed;

    public bool Enabled => maxRowId > 0 && !_tooLarge;

    /// <summary>
    /// Runs <paramref name="pass"/> over the copy at the snapshot of <paramref name="db"/>'s open read transaction, or
    /// returns null when the copy is not ready, belongs to another snapshot, or the pass itself gives up.
    /// </summary>
    public T? Use<T>(sqlite3 db, Func<SearchColumnRows, T?> pass, CancellationToken cancellationToken)
        where T : class
    {
        if (!Enabled)
        {
            return null;
        }

        var snapshot = Position.Read(db);
        for (var attempt = 0; attempt < 2; attempt++)
        {
            _lock.EnterReadLock();
            try
            {
                if (_rows is not null && snapshot.Generation == _at.Generation)
                {
                    var result = pass(_rows);
                    if (result is null)
                    {
                        // A matched row the copy lacks at its own snapshot: it is wrong somewhere, so replace it.
                        StartBuild();
                        return null;
                    }

                    Interlocked.Increment(ref _uses);
                    return result;
                }

                // An older snapshot than the copy's (another search moved it on): this one search takes the text pass.
                if (_rows is not null && (snapshot.Generation < _at.Generation || attempt > 0))
                {
                    return null;
                }

                if (_rows is null)
                {
                    break;
                }
            }
            finally
            {
                _lock.ExitReadLock();
            }

            _lock.EnterWriteLock();
            try
            {
                if (_rows is not null && snapshot.Generation > _at.Generation && !Refresh(db, snapshot, cancellationToken))
                {
                    break;
                }
            }
            finally
            {
                _lock.ExitWriteLock();
            }
        }

        StartBuild();
        return null;
    }

    /// <summary>Completes when no build is running (tests).</summary>
    public async Task WhenBuiltAsync()
    {
        Task? build;
        lock (_buildGate)
        {
            build = _build;
        }

        if (build is not null)
        {
            await build;
        }
    }

    public async ValueTask DisposeAsync()
    {
        // The host may dispose the index once per service it is registered as.
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stopping.CancelAsync();
        try
        {
            await WhenBuiltAsync();
        }
        catch (OperationCanceledException)
        {
            // The build was stopped by the dispose itself.
        }

        _stopping.Dispose();
        _lock.Dispose();
    }

    /// <summary>Brings the copy from its position to the snapshot's (the caller holds the write lock); false when that is a rebuild's job.</summary>
    private bool Refresh(sqlite3 db, Position snapshot, CancellationToken cancellationToken)
    {
        var rows = _rows!;
        // A log that went back (emptied by hand) reaches nowhere: only a rebuild is sure then.
        var logReaches = snapshot.LastChange >= _at.LastChange
            && (snapshot.LastChange == _at.LastChange || snapshot.FirstChange <= _at.LastChange + 1);
        var changed = snapshot.LastChange - _at.LastChange + Math.Max(0, snapshot.HighestId - rows.HighestId);
        // Rows re-read since the build are a filter-only search's candidates whatever its tag (decision 094): past a
        // bound a rebuild is cheaper than checking them in every such search.
        if (!logReaches || changed > MostRowsReadBySearch || rows.StaleTags > rows.TagPoolUsed / 2 + 100_000
            || rows.TagKeys.Changed.Count > 2 * MostRowsReadBySearch)
        {
            return false;
        }

        try
        {
            var changedIds = new List<long>();
            using (var log = Prepare(db, $"SELECT post_rowid FROM search_post_changes WHERE seq > {_at.LastChange}"))
            {
                while (raw.sqlite3_step(log) == raw.SQLITE_ROW)
                {
                    changedIds.Add(raw.sqlite3_column_int64(log, 0));
                }
            }

            foreach (var id in changedIds)
            {
                rows.Forget(id);
            }

            var ids = string.Join(',', changedIds.Distinct());
            var highest = rows.HighestId;
            string Where(string id) => ids.Length == 0 ? $"{id} > {highest}" : $"({id} > {highest} OR {id} IN ({ids}))";
            if (!Load(db, rows, Where, cancellationToken))
            {
                _tooLarge = true;
                _rows = null;
                return false;
            }

            rows.Reached(snapshot.HighestId);
            _at = snapshot;
            return true;
        }
        catch (Exception)
        {
            // Half brought forward is neither snapshot: no search may read it; the next one starts a rebuild.
            _rows = null;
            throw;
        }
    }

    private void StartBuild()
    {
        lock (_buildGate)
        {
            if (_build is { IsCompleted: false } || _stopping.IsCancellationRequested || _tooLarge)
            {
                return;
            }

            _build = Task.Run(() => BuildLoggedAsync(_stopping.Token));
        }
    }

    /// <summary>
    /// The build with its outcome in the log: searches take the text pass meanwhile and after a failure, which gives the
    /// same answers more slowly, so the log is the only place a failed build shows (and what a bench waits for).
    /// </summary>
    private async Task BuildLoggedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await BuildAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw; // stopped by dispose: not a failure
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Search columns build failed; searches take the text pass until the next search starts another build");
            throw;
        }
    }

    /// <summary>A whole copy from one snapshot of its own, swapped in when done unless the copy in place is newer.</summary>
    private async Task BuildAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenSearchReaderAsync(cancellationToken);
        var db = connection.Handle!;
        Exec(db, "BEGIN");
        try
        {
            var snapshot = Position.Read(db);
            var rows = new SearchColumnRows(maxRowId);
            if (!Load(db, rows, null, cancellationToken))
            {
                _tooLarge = true; // row ids above the bound: searches keep the text pass
                logger.LogWarning("Search columns not built: post row ids exceed Search:ColumnRows ({MaxRowId}); searches keep the text pass", maxRowId);
                return;
            }

            rows.Reached(snapshot.HighestId);

            _lock.EnterWriteLock();
            try
            {
                if (_rows is null || snapshot.Generation >= _at.Generation)
                {
                    _rows = rows;
                    _at = snapshot;
                }
            }
            finally
            {
                _lock.ExitWriteLock();
            }

            // The readiness line: bench/search/http/run.sh waits for it (or the failure) before timing.
            logger.LogInformation("Search columns built at generation {Generation}: post row ids up to {HighestId}", snapshot.Generation, snapshot.HighestId);
        }
        finally
        {
            Exec(db, "ROLLBACK");
        }
    }

    /// <summary>
    /// The posts <paramref name="where"/> names (every post when null; given the row id's column name, it returns the
    /// condition), then their lengths in tokens (decision 085), adverse-event flags and tag keys (decision 094).
    /// </summary>
    private static bool Load(sqlite3 db, SearchColumnRows rows, Func<string, string>? where, CancellationToken cancellationToken)
    {
        var loaded = new List<long>();
        using (var statement = Prepare(db, $"SELECT {SearchColumnRows.Columns} FROM posts p INDEXED BY {SqliteSearchPostCoverMigration.IndexName} WHERE {where?.Invoke("p.id") ?? "1"}"))
        {
            if (!rows.Load(db, statement, where is null ? null : loaded, cancellationToken))
            {
                return false;
            }
        }

        using (var sizes = Prepare(db, $"SELECT id, sz FROM posts_fts_docsize WHERE {where?.Invoke("id") ?? "1"}"))
        {
            rows.LoadTokens(db, sizes, cancellationToken);
        }

        using (var adverse = Prepare(db, $"SELECT id FROM posts WHERE adverse_json <> '[]' AND {where?.Invoke("id") ?? "1"}"))
        {
            rows.LoadAdverse(db, adverse, cancellationToken);
        }

        if (where is null)
        {
            using var tags = Prepare(db, $"SELECT {PostTagColumns.Columns} FROM post_tags ORDER BY kind, value, post_rowid");
            rows.TagKeys.LoadBuild(db, tags, rows.Holds, cancellationToken);
        }
        else
        {
            using var tags = Prepare(db, $"SELECT {PostTagColumns.Columns} FROM post_tags WHERE {where("post_rowid")} ORDER BY post_rowid");
            rows.TagKeys.LoadRows(db, tags, loaded, cancellationToken);
        }

        return true;
    }

    private static sqlite3_stmt Prepare(sqlite3 db, string sql)
    {
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(db, sql, out var statement), db);
        return statement;
    }

    internal static void Exec(sqlite3 db, string sql) => SqliteException.ThrowExceptionForRC(raw.sqlite3_exec(db, sql), db);

    /// <summary>Where a snapshot stands: its generation, the log's newest and oldest entry, the highest post row id.</summary>
    private readonly record struct Position(long Generation, long LastChange, long FirstChange, long HighestId)
    {
        public static Position Read(sqlite3 db)
        {
            using var statement = Prepare(db, SqliteSearchChangesMigration.PositionSql);
            var rc = raw.sqlite3_step(statement);
            if (rc != raw.SQLITE_ROW)
            {
                SqliteException.ThrowExceptionForRC(rc, db);
            }

            return new Position(raw.sqlite3_column_int64(statement, 0), raw.sqlite3_column_int64(statement, 1),
                raw.sqlite3_column_int64(statement, 2), raw.sqlite3_column_int64(statement, 3));
        }
    }
}
