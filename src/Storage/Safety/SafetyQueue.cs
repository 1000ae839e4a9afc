using System.Data.Common;
using System.Text.Json;
using Sermo.Analytics.Posts;
using Sermo.Analytics.Safety;
using Sermo.Storage.Ingestion;

namespace Sermo.Storage.Safety;

/// <summary>The adverse-event review queue on either backend (one SQL both understand).</summary>
public sealed class SafetyQueue(StoreDatabase database) : ISafetyQueue
{
    private const int ScanBatch = 1000;

    private const string ItemColumns =
        "id, post_id, posted_at, queued_at, due_at, specialty, text, product, substance, event, criteria, decision, reviewer, note, decided_at";

    public async Task<int> ScanAsync(Func<TaggedPost, SafetyCase?> assess, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assess);
        var queued = 0;
        while (true)
        {
            await using var connection = await database.OpenConnectionAsync(cancellationToken);
            await using var tx = await database.BeginWriteAsync(connection, "safety-scan", cancellationToken);
            var last = await ScalarAsync(connection, tx, "SELECT coalesce((SELECT last_post FROM safety_scan WHERE id = 1), 0)", cancellationToken);
            var newest = await ScalarAsync(connection, tx, "SELECT coalesce(max(id), 0) FROM posts", cancellationToken);
            var posts = await connection.QueryAsync(tx, $"""
                SELECT {StoredPostRow.Columns}, id FROM posts
                WHERE id > @last AND id <= @newest AND adverse_json <> '[]' ORDER BY id LIMIT {ScanBatch}
                """,
                reader => (Post: StoredPostRow.Read(reader, database), Row: reader.GetInt64(12)),
                cancellationToken, ("@last", last), ("@newest", newest));
            foreach (var found in posts.Select(p => assess(p.Post)).OfType<SafetyCase>())
            {
                queued += await InsertAsync(connection, tx, found, now, cancellationToken);
            }

            var done = posts.Count < ScanBatch;
            await connection.ExecuteAsync(tx, """
                INSERT INTO safety_scan (id, last_post) VALUES (1, @last)
                ON CONFLICT (id) DO UPDATE SET last_post = excluded.last_post
                """, cancellationToken, ("@last", done ? newest : posts[^1].Row));
            await tx.CommitAsync(cancellationToken);
            if (done)
            {
                return queued;
            }
        }
    }

    public async Task<IReadOnlyList<SafetyQueueItem>> ListAsync(bool includeDecided, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.QueryAsync(null, $"""
            SELECT {ItemColumns} FROM safety_queue WHERE decision IS NULL OR @all = 1
            ORDER BY CASE WHEN decision IS NULL THEN 0 ELSE 1 END, CASE WHEN decision IS NULL THEN due_at END, decided_at DESC, id
            """, Read, cancellationToken, ("@all", includeDecided ? 1 : 0));
    }

    public async Task<SafetyQueueItem?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync(null, $"SELECT {ItemColumns} FROM safety_queue WHERE id = @id", Read, cancellationToken, ("@id", id));
        return rows.SingleOrDefault();
    }

    public async Task<bool> DecideAsync(long id, SafetyDecision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(null, """
            UPDATE safety_queue SET decision = @decision, reviewer = @reviewer, note = @note, decided_at = @at
            WHERE id = @id AND (decision IS NULL OR decision <> @withdrawn)
            """, cancellationToken,
            ("@id", id), ("@withdrawn", SafetyOutcomes.Withdrawn), ("@decision", decision.Outcome), ("@reviewer", decision.Reviewer), ("@note", decision.Note), ("@at", database.Time(decision.DecidedAt)));
        return changed == 1;
    }

    private async Task<int> InsertAsync(DbConnection connection, DbTransaction tx, SafetyCase found, DateTimeOffset now, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(tx, """
            INSERT INTO safety_queue (post_id, posted_at, queued_at, due_at, specialty, text, product, substance, event, criteria)
            VALUES (@post, @posted, @queued, @due, @specialty, @text, @product, @substance, @event, @criteria)
            ON CONFLICT (post_id) DO NOTHING
            """, cancellationToken,
            ("@post", found.PostId), ("@posted", database.Time(found.PostedAt)), ("@queued", database.Time(now)),
            ("@due", database.Time(BusinessDayClock.Due(now))), ("@specialty", found.Specialty), ("@text", found.Text),
            ("@product", found.Product), ("@substance", found.Substance), ("@event", found.Event), ("@criteria", PostJson.Serialize(found.Criteria)));

    private SafetyQueueItem Read(DbDataReader reader)
    {
        var criteria = JsonSerializer.Deserialize<IcsrAssessment>(reader.GetString(10), PostJson.Options)
            ?? throw new InvalidDataException($"safety queue item {reader.GetInt64(0)} has no criteria");
        var found = new SafetyCase(reader.GetString(1), database.ReadTime(reader, 2), reader.StringOrNull(5), reader.GetString(6),
            reader.GetString(7), reader.GetString(8), reader.GetString(9), criteria);
        var decision = reader.IsDBNull(11)
            ? null
            : new SafetyDecision(reader.GetString(11), reader.GetString(12), reader.StringOrNull(13), database.ReadTime(reader, 14));
        return new SafetyQueueItem(reader.GetInt64(0), found, database.ReadTime(reader, 3), database.ReadTime(reader, 4), decision);
    }

    private static async Task<long> ScalarAsync(DbConnection connection, DbTransaction tx, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(tx, sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
