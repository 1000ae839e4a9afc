using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Sermo.Storage.Search.Sqlite;

/// <summary>
/// FTS5's own bm25 (k1 1.2, b 0.75, every column weighted 1, IDF from each phrase's row count over the whole table, the
/// same arithmetic in the same order, so the same double) as an FTS5 auxiliary function that takes each row's length in
/// tokens from the in-memory columns (<see cref="SearchColumnRows.Tokens"/>) instead of FTS5's <c>%_docsize</c> table
/// (decision 085). FTS5's bm25 looks that length up with one B-tree seek per matching row, about half of a broad
/// query's cost at 1M posts; the columns hold it at the search's snapshot. A row the columns do not know is measured by
/// FTS5 as bm25 does it, so the score never depends on where the length came from.
/// </summary>
internal static unsafe class ColumnBm25
{
    /// <summary>The SQL name: <c>sermo_bm25(posts_fts)</c> is <c>-bm25(posts_fts)</c> (higher is better).</summary>
    public const string FunctionName = "sermo_bm25";

    private const double K1 = 1.2;
    private const double B = 0.75;
    private const int SqliteOk = 0;

    private static readonly ConditionalWeakTable<sqlite3, object> Registered = [];

    /// <summary>The columns the running statement reads lengths from: set by <see cref="Reading"/> on the stepping thread.</summary>
    [ThreadStatic]
    private static SearchColumnRows? _rows;

    /// <summary>Makes <see cref="FunctionName"/> known to this connection (once per native connection; pooled ones keep it).</summary>
    public static void Register(sqlite3 db)
    {
        lock (Registered)
        {
            if (Registered.TryGetValue(db, out _))
            {
                return;
            }

            Fts5Api* api = null;
            // FTS5 hands its function table out only through a pointer-typed parameter of SELECT fts5(?1).
            SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(db, "SELECT fts5(?1)", out var statement), db);
            using (statement)
            {
                fixed (byte* type = "fts5_api_ptr\0"u8)
                {
                    SqliteException.ThrowExceptionForRC(NativeSqlite.sqlite3_bind_pointer(statement.DangerousGetHandle(), 1, &api, type, IntPtr.Zero), db);
                }

                var step = raw.sqlite3_step(statement);
                if (step != raw.SQLITE_ROW)
                {
                    SqliteException.ThrowExceptionForRC(step, db);
                }
            }

            if (api is null || api->Version < 2)
            {
                throw new InvalidOperationException("This SQLite build's FTS5 gave no function table (fts5_api, version 2 or later).");
            }

            fixed (byte* name = "sermo_bm25\0"u8)
            {
                SqliteException.ThrowExceptionForRC(api->CreateFunction(api, name, null, &Score, null), db);
            }

            Registered.Add(db, db);
        }
    }

    /// <summary>Lengths for the statements this thread steps until the scope ends.</summary>
    public static Scope Reading(SearchColumnRows rows)
    {
        _rows = rows;
        return default;
    }

    internal readonly struct Scope : IDisposable
    {
        public void Dispose() => _rows = null;
    }

    /// <summary>The per-row score; FTS5 calls it for each row the statement returns. It must not throw (native caller).</summary>
    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Score(Fts5ExtensionApi* api, IntPtr fts, IntPtr context, int argc, IntPtr* argv)
    {
        var statistics = (QueryStatistics*)api->GetAuxdata(fts, 0);
        var rc = statistics is null ? Measure(api, fts, out statistics) : SqliteOk;
        if (rc != SqliteOk)
        {
            NativeSqlite.sqlite3_result_error_code(context, rc);
            return;
        }

        var phrases = statistics->Phrases;
        var idf = (double*)(statistics + 1);
        var frequency = idf + phrases;
        new Span<double>(frequency, phrases).Clear();
        int instances;
        rc = api->InstCount(fts, &instances);
        for (var i = 0; rc == SqliteOk && i < instances; i++)
        {
            int phrase, column, offset;
            rc = api->Inst(fts, i, &phrase, &column, &offset);
            if (rc == SqliteOk)
            {
                frequency[phrase] += 1.0;
            }
        }

        var tokens = -1;
        if (rc == SqliteOk)
        {
            var rows = _rows;
            var id = api->Rowid(fts);
            tokens = rows is not null && rows.Holds(id) ? rows.Tokens(id) : -1;
            if (tokens < 0)
            {
                rc = api->ColumnSize(fts, -1, &tokens);
            }
        }

        if (rc != SqliteOk)
        {
            NativeSqlite.sqlite3_result_error_code(context, rc);
            return;
        }

        var length = (double)tokens;
        var score = 0.0;
        for (var i = 0; i < phrases; i++)
        {
            score += idf[i] * ((frequency[i] * (K1 + 1.0)) / (frequency[i] + K1 * (1 - B + B * length / statistics->AverageLength)));
        }

        NativeSqlite.sqlite3_result_double(context, score);
    }

    /// <summary>Once per statement, as bm25 does: the average row length and each phrase's IDF, kept as FTS5 auxiliary data.</summary>
    private static int Measure(Fts5ExtensionApi* api, IntPtr fts, out QueryStatistics* statistics)
    {
        statistics = null;
        var phrases = api->PhraseCount(fts);
        var block = (QueryStatistics*)NativeMemory.AllocZeroed((nuint)(sizeof(QueryStatistics) + (2 * phrases * sizeof(double))));
        if (block is null)
        {
            return 7; // SQLITE_NOMEM
        }

        block->Phrases = phrases;
        long rowCount, tokenCount;
        var rc = api->RowCount(fts, &rowCount);
        if (rc == SqliteOk)
        {
            rc = api->ColumnTotalSize(fts, -1, &tokenCount);
            block->AverageLength = (double)tokenCount / (double)rowCount;
        }

        var idf = (double*)(block + 1);
        for (var i = 0; rc == SqliteOk && i < phrases; i++)
        {
            long hits = 0;
            rc = api->QueryPhrase(fts, i, &hits, &CountRow);
            if (rc == SqliteOk)
            {
                var value = Math.Log((rowCount - hits + 0.5) / (hits + 0.5));
                idf[i] = value <= 0.0 ? 1e-6 : value;
            }
        }

        if (rc != SqliteOk)
        {
            NativeMemory.Free(block);
            return rc;
        }

        // FTS5 frees the block with the statement's cursor (and itself when it cannot keep it).
        rc = api->SetAuxdata(fts, block, &Free);
        statistics = rc == SqliteOk ? block : null;
        return rc;
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static int CountRow(Fts5ExtensionApi* api, IntPtr fts, void* hits)
    {
        (*(long*)hits)++;
        return SqliteOk;
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Free(void* block) => NativeMemory.Free(block);

    /// <summary>Followed in the same block by the IDF of each phrase, then a frequency slot per phrase for the current row.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct QueryStatistics
    {
        public int Phrases;
        public double AverageLength;
    }
}
