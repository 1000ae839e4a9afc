using Microsoft.Data.Sqlite;
using System.Text;
using SQLitePCL;

namespace Sermo.Storage.Sqlite;

/// <summary>
/// One prepared statement run straight on the connection's native handle, for the per-row statements of a bulk
/// load. SqliteCommand re-resolves every parameter by name and builds a data reader on each execution; at a
/// million posts (13 parameters each, plus their tag rows) that overhead was seconds of the load. Parameters bind
/// by position (1-based, in the order they appear in the SQL). It runs inside whatever transaction the connection
/// has open, and failures throw the provider's <see cref="SqliteException"/>.
/// </summary>
internal sealed class SqliteRawStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private byte[] _utf8 = new byte[1024];

    public SqliteRawStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(_db, sql, out _statement), _db);
    }

    /// <summary>
    /// Binds text through one buffer the statement reuses: the provider's string overload allocates a new UTF-8 array
    /// for every value (SQLite copies the bytes either way).
    /// </summary>
    public void Bind(int position, string? value)
    {
        if (value is null)
        {
            Check(raw.sqlite3_bind_null(_statement, position));
            return;
        }

        var most = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (_utf8.Length < most)
        {
            _utf8 = new byte[Math.Max(most, _utf8.Length * 2)];
        }

        Bind(position, _utf8.AsSpan(0, Encoding.UTF8.GetBytes(value, _utf8)));
    }

    /// <summary>Binds text already encoded as UTF-8 (SQLite copies it), sparing the per-call encoding of a string.</summary>
    public void Bind(int position, ReadOnlySpan<byte> utf8) => Check(raw.sqlite3_bind_text(_statement, position, utf8));

    public void Bind(int position, long value) => Check(raw.sqlite3_bind_int64(_statement, position, value));

    public void Bind(int position, double value) => Check(raw.sqlite3_bind_double(_statement, position, value));

    /// <summary>The rowid of the connection's most recent successful INSERT into a rowid table (not changed by an update).</summary>
    public long LastInsertRowid => raw.sqlite3_last_insert_rowid(_db);

    /// <summary>Runs the statement to completion and returns the rows it changed.</summary>
    public int Execute()
    {
        var step = raw.sqlite3_step(_statement);
        var reset = raw.sqlite3_reset(_statement);
        if (step != raw.SQLITE_DONE && step != raw.SQLITE_ROW)
        {
            // sqlite3_reset returns the error again with the right message; the step code is the fallback.
            SqliteException.ThrowExceptionForRC(reset != raw.SQLITE_OK ? reset : step, _db);
        }

        return raw.sqlite3_changes(_db);
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int rc) => SqliteException.ThrowExceptionForRC(rc, _db);
}
