using System.Globalization;
using Microsoft.Data.Sqlite;
using Sermo.Storage.Sqlite;

namespace Sermo.Storage.Ingestion;

public sealed class SqliteDeadLetterStore(SqliteDatabase database) : IDeadLetterStore
{
    private const string Columns = "id, source, position, last_position, records, reason, detail, excerpt, received_at, replayed_at, replay_outcome";

    public async Task<IReadOnlyList<StoredDeadLetter>> ListAsync(DeadLetterFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM dead_letters WHERE {Where(command, filter)} ORDER BY id DESC LIMIT $limit";
        command.Parameters.AddWithValue("$limit", filter.Limit);
        return await ReadAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<DeadLetterCount>> CountAsync(DeadLetterFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT reason, COUNT(*), SUM(records) FROM dead_letters WHERE {Where(command, filter)} GROUP BY reason ORDER BY SUM(records) DESC, reason";
        var counts = new List<DeadLetterCount>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts.Add(new DeadLetterCount(reader.GetString(0), reader.GetInt32(1), reader.GetInt64(2)));
        }

        return counts;
    }

    public async Task<StoredDeadLetter?> FindAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM dead_letters WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return (await ReadAsync(command, cancellationToken)).SingleOrDefault();
    }

    /// <summary>
    /// Writes rows inside an ingest transaction. A row at a position that already has an open row is that run grown
    /// by a later batch: it takes the new end and count (counts are totals, so writing a row twice never counts twice).
    /// </summary>
    internal static async Task<int> WriteAsync(SqliteConnection connection, SqliteTransaction tx, IReadOnlyList<DeadLetter> letters, string now, CancellationToken cancellationToken)
    {
        if (letters.Count == 0)
        {
            return 0;
        }

        await using var write = SqliteIngestStore.Prepare(connection, tx, """
            INSERT INTO dead_letters (source, position, last_position, records, reason, detail, excerpt, received_at)
            VALUES ($source, $position, $last, $records, $reason, $detail, $excerpt, $at)
            ON CONFLICT (source, position) WHERE replayed_at IS NULL DO UPDATE SET
                last_position = excluded.last_position, records = excluded.records,
                reason = excluded.reason, detail = excluded.detail, excerpt = excluded.excerpt
            """, "$source", "$position", "$last", "$records", "$reason", "$detail", "$excerpt", "$at");
        var written = 0;
        foreach (var letter in letters)
        {
            SqliteIngestStore.SetAll(write, letter.Source, letter.Position, letter.LastPosition ?? letter.Position, letter.Records,
                letter.Reason, letter.Detail, letter.Excerpt, now);
            written += await write.ExecuteNonQueryAsync(cancellationToken);
        }

        return written;
    }

    internal static async Task MarkReplayedAsync(
        SqliteConnection connection, SqliteTransaction tx, IReadOnlyList<long> ids, string? outcome, string now, CancellationToken cancellationToken)
    {
        await using var mark = SqliteIngestStore.Prepare(connection, tx,
            "UPDATE dead_letters SET replayed_at = $at, replay_outcome = $outcome WHERE id = $id AND replayed_at IS NULL", "$id", "$at", "$outcome");
        foreach (var id in ids)
        {
            SqliteIngestStore.SetAll(mark, id, now, outcome);
            await mark.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static string Where(SqliteCommand command, DeadLetterFilter filter)
    {
        var conditions = new List<string> { filter.Replayed ? "1" : "replayed_at IS NULL" };
        if (filter.Reason is { } reason)
        {
            conditions.Add("reason = $reason");
            command.Parameters.AddWithValue("$reason", reason);
        }

        if (filter.Source is { } source)
        {
            // "drop" means every dropped file, "drop:posts.jsonl" one of them.
            conditions.Add(source.Contains(':', StringComparison.Ordinal) ? "source = $source" : "(source = $source OR source LIKE $kind ESCAPE '\\')");
            command.Parameters.AddWithValue("$source", source);
            command.Parameters.AddWithValue("$kind", source.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + ":%");
        }

        if (filter.Since is { } since)
        {
            conditions.Add("received_at >= $since");
            command.Parameters.AddWithValue("$since", Timestamp(since));
        }

        if (filter.Until is { } until)
        {
            conditions.Add("received_at < $until");
            command.Parameters.AddWithValue("$until", Timestamp(until));
        }

        return string.Join(" AND ", conditions);
    }

    private static async Task<IReadOnlyList<StoredDeadLetter>> ReadAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<StoredDeadLetter>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new StoredDeadLetter(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4),
                reader.GetString(5), reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7),
                ParseTime(reader.GetString(8)), reader.IsDBNull(9) ? null : ParseTime(reader.GetString(9)),
                reader.IsDBNull(10) ? null : reader.GetString(10)));
        }

        return rows;
    }

    /// <summary>As the ingest store writes times: UTC, round-trip format, so text order is time order.</summary>
    private static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
