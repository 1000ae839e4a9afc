using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Sermo.Storage.Search.Sqlite;

/// <summary>
/// <c>sermo_keep(rowid)</c>: whether a text match's row meets the query's other conditions, read from the in-memory
/// columns by a <see cref="ColumnFilter"/> (decision 094) instead of a join into <c>ix_posts_search</c> per hit. SQLite
/// checks a WHERE term before it computes the result columns, so bm25 is still scored only for the rows kept. A row the
/// columns do not hold is kept, so that the pass sees it and gives the search to the text pass.
/// </summary>
internal static class ColumnKeep
{
    public const string FunctionName = "sermo_keep";

    private static readonly ConditionalWeakTable<sqlite3, object> Registered = [];

    /// <summary>The filter and columns the running statement tests against: set by <see cref="Testing"/> on the stepping thread.</summary>
    [ThreadStatic]
    private static (ColumnFilter Filter, SearchColumnRows Rows)? _current;

    /// <summary>Makes <see cref="FunctionName"/> known to this connection (once per native connection; pooled ones keep it).</summary>
    public static void Register(sqlite3 db)
    {
        lock (Registered)
        {
            if (Registered.TryGetValue(db, out _))
            {
                return;
            }

            SqliteException.ThrowExceptionForRC(
                raw.sqlite3_create_function(db, FunctionName, 1, raw.SQLITE_UTF8, null, Keep), db);
            Registered.Add(db, db);
        }
    }

    public static Scope Testing(ColumnFilter filter, SearchColumnRows rows)
    {
        _current = (filter, rows);
        return default;
    }

    internal readonly struct Scope : IDisposable
    {
        public void Dispose() => _current = null;
    }

    private static void Keep(sqlite3_context context, object userData, sqlite3_value[] args)
    {
        var id = raw.sqlite3_value_int64(args[0]);
        var keep = _current is not { } current || !current.Rows.Holds(id) || current.Filter.Keeps(id);
        raw.sqlite3_result_int(context, keep ? 1 : 0);
    }
}
