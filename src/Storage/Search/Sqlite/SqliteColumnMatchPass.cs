using Microsoft.Data.Sqlite;
using SQLitePCL;
using Sermo.Storage.Sqlite;

namespace Sermo.Storage.Search.Sqlite;

/// <summary>
/// A search's pass over its whole match when the in-memory columns are at the search's snapshot (decision 076): SQLite
/// returns only row ids (and bm25 for a text query), without the join into <c>ix_posts_search</c> when the query has no
/// SQL condition, and everything else a hit needs comes from <see cref="SearchColumnRows"/> by row id.
/// </summary>
internal static class SqliteColumnMatchPass
{
    private const int RowsBetweenCancellationChecks = 256;

    /// <summary>The hits and the authors behind them up to k; null when a row id is not in the copy (then the text pass answers).</summary>
    public static (List<MatchedPost> Hits, int AuthorsUpToK)? Run(
        sqlite3 db, SqliteQueryTranslator query, SearchColumnRows rows, ColumnAggregation? aggregation, int k, CancellationToken ct)
    {
        // The conditions beside a text match, when the columns can tell them (decision 094), replace the join.
        var keep = query.Match is not null ? ColumnFilter.CompileConditions(query.Conditions, rows) : null;
        var sql = (query.Match, query.Where) switch
        {
            (null, _) => $"SELECT p.id, 0.0 FROM posts p WHERE {query.Where}",
            (_, "1") => $"SELECT rowid, {ColumnBm25.FunctionName}(posts_fts) FROM posts_fts WHERE posts_fts MATCH $match",
            _ when keep is not null =>
                $"SELECT rowid, {ColumnBm25.FunctionName}(posts_fts) FROM posts_fts WHERE posts_fts MATCH $match AND {ColumnKeep.FunctionName}(rowid)",
            _ => $"""
                 SELECT p.id, {ColumnBm25.FunctionName}(posts_fts)
                   FROM posts_fts JOIN posts p INDEXED BY {SqliteSearchPostCoverMigration.IndexName} ON p.id = posts_fts.rowid
                  WHERE posts_fts MATCH $match AND {query.Where}
                 """,
        };
        if (query.Match is not null)
        {
            ColumnBm25.Register(db);
        }

        if (keep is not null)
        {
            ColumnKeep.Register(db);
        }

        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(db, sql, out var statement), db);
        using (ColumnBm25.Reading(rows))
        using (keep is null ? default : ColumnKeep.Testing(keep, rows))
        using (statement)
        {
            // The conditions' parameters are in the SQL only when the columns do not answer them.
            foreach (var (name, value) in keep is null ? query.Parameters : [])
            {
                SqliteMatchPass.Bind(db, statement, name, value);
            }

            if (query.Match is not null)
            {
                SqliteMatchPass.Bind(db, statement, "$match", query.Match);
            }

            var hits = new List<MatchedPost>();
            var authors = new HashSet<int>();
            int step;
            while ((step = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                if (hits.Count % RowsBetweenCancellationChecks == 0)
                {
                    ct.ThrowIfCancellationRequested();
                }

                var id = raw.sqlite3_column_int64(statement, 0);
                if (!rows.Holds(id))
                {
                    return null;
                }

                hits.Add(new MatchedPost(id, raw.sqlite3_column_double(statement, 1), rows.Created(id)));
                if (authors.Count < k)
                {
                    authors.Add(rows.Author(id));
                }

                aggregation?.Add(id);
            }

            if (step != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(step, db);
            }

            ct.ThrowIfCancellationRequested();
            return (hits, authors.Count);
        }
    }
}
