using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Sermo.Analytics.Posts;
using Sermo.Storage.Ingestion;

namespace Sermo.CubeBench;

/// <summary>
/// Continues the same deterministic post stream straight into the posts table, without the ingest store's FTS5 and
/// tag indexing (neither is a cube input). Used because the full ingest path loads 1,700-8,000 posts/s on the shared
/// 2-core machine, too slow for 10M posts in the time box; the rows are the ones the ingest store would write.
/// </summary>
internal static class PostAppend
{
    public static async Task<(int Posts, TimeSpan Elapsed)> RunAsync(string path, int total, CancellationToken ct)
    {
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync(ct);
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144;";
            await pragma.ExecuteNonQueryAsync(ct);
        }

        long existing;
        await using (var count = connection.CreateCommand())
        {
            count.CommandText = "SELECT COUNT(*) FROM posts";
            existing = (long)(await count.ExecuteScalarAsync(ct))!;
        }

        var clock = Stopwatch.StartNew();
        var appended = 0;
        SqliteTransaction? tx = null;
        SqliteCommand? insert = null;
        foreach (var batch in SyntheticCubePosts.Batches(total, PostLoad.BatchSize))
        {
            foreach (var post in batch.Where(p => int.Parse(p.PostId.AsSpan(6), CultureInfo.InvariantCulture) >= existing))
            {
                if (tx is null)
                {
                    tx = connection.BeginTransaction();
                    insert = Insert(connection, tx);
                }

                Bind(insert!, post);
                await insert!.ExecuteNonQueryAsync(ct);
                if (++appended % 50_000 == 0)
                {
                    await EndBulkModeAsync(connection, tx, ct);
                    await tx.CommitAsync(ct);
                    await tx.DisposeAsync();
                    tx = null;
                    if (appended % 1_000_000 == 0)
                    {
                        Console.WriteLine($"appended {appended:N0} posts in {clock.Elapsed.TotalSeconds:F0} s");
                    }
                }
            }
        }

        if (tx is not null)
        {
            await EndBulkModeAsync(connection, tx, ct);
            await tx.CommitAsync(ct);
        }

        await using (var dirty = connection.CreateCommand())
        {
            dirty.CommandText = "INSERT OR IGNORE INTO cube_dirty_days(day) SELECT DISTINCT day FROM posts";
            await dirty.ExecuteNonQueryAsync(ct);
        }

        return (appended, clock.Elapsed);
    }

    private static async Task EndBulkModeAsync(SqliteConnection connection, SqliteTransaction tx, CancellationToken ct)
    {
        await using var end = connection.CreateCommand();
        end.Transaction = tx;
        end.CommandText = "UPDATE ingest_bulk_mode SET active = 0";
        await end.ExecuteNonQueryAsync(ct);
    }

    private static SqliteCommand Insert(SqliteConnection connection, SqliteTransaction tx)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        // ingest_bulk_mode stands the FTS and tag insert triggers down, as the ingest store does for a batch.
        command.CommandText = """
            UPDATE ingest_bulk_mode SET active = 1;
            INSERT INTO posts (post_id, source, author_key, created_at, day, specialty, state, text, redactions,
                               sentiment, sentiment_score, entities_json, adverse_json)
            VALUES ($post_id, $source, $author_key, $created_at, $day, $specialty, $state, $text, 0,
                    $sentiment, $sentiment_score, $entities_json, $adverse_json)
            """;
        foreach (var name in new[] { "$post_id", "$source", "$author_key", "$created_at", "$day", "$specialty", "$state", "$text", "$sentiment", "$sentiment_score", "$entities_json", "$adverse_json" })
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    private static void Bind(SqliteCommand insert, TaggedPost post)
    {
        var utc = post.CreatedAt.UtcDateTime;
        object?[] values =
        [
            post.PostId, post.Source, post.AuthorKey,
            utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            utc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            post.Specialty, post.State, post.Text, (int)post.Sentiment, post.SentimentScore,
            PostJson.Serialize(post.Entities), PostJson.Serialize(post.AdverseEvents),
        ];
        for (var i = 0; i < values.Length; i++)
        {
            insert.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
