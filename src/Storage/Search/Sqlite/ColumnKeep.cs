using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Sermo.Storage.Search.Sqlite;

/// <summary>
/// <c>sermo_keep(rowid)</c>: whether a text match's row meets the query's other conditions, read from the in-memory
/// columns by a <see cref="ColumnFilter"/> (decision 094) instead of a join into <c>ix_posts_search</c> per hit. SQLite
/// checks a WHERE term before it computes the result columns, so bm25 is still scored only for the rows kept. A row the
/// columns do not hold is kept, so that the pass sees it and gives the search to the text pass. It is registered as a
/// native-callable function (decision 289): through SQLitePCLRaw's managed delegate every call built an argument array
/// and value wrappers, once per FTS5 hit (240,000 calls for <c>specialty:cardiology bleeding</c> on forum posts).
/// </summary>
internal static unsafe class ColumnKeep
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

            fixed (byte* name = "sermo_keep\0"u8)
            {
                SqliteException.ThrowExceptionForRC(
                    NativeSqlite.sqlite3_create_function_v2(db.DangerousGetHandle(), name, 1, raw.SQLITE_UTF8, null, &Keep, null, null, null), db);
            }

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

    /// <summary>Called by SQLite per row; it must not throw (native caller), and a condition's test does not.</summary>
    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Keep(IntPtr context, int argc, IntPtr* args)
    {
        var id = NativeSqlite.sqlite3_value_int64(args[0]);
        var keep = _current is not { } current || !current.Rows.Holds(id) || current.Filter.Keeps(id);
        NativeSqlite.sqlite3_result_int(context, keep ? 1 : 0);
    }
}
