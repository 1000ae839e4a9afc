using System.Data.Common;

namespace Sermo.Storage.Ingestion;

/// <summary>
/// Dead letters on either backend (decision 018): the operator's view, and the writes both ingest stores make inside
/// their batch transaction, so a row is counted the same way whichever store holds it.
/// </summary>
public sealed class DeadLetterStore(StoreDatabase database) : IDeadLetterStore
{
    private const string Columns = "id, source, position, last_position, records, reason, detail, excerpt, received_at, replayed_at, replay_outcome";

    public async Task<IReadOnlyList<StoredDeadLetter>> ListAsync(DeadLetterFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command(null, "");
        command.CommandText = $"SELECT {Columns} FROM dead_letters WHERE {Where(command, filter)} ORDER BY id DESC LIMIT @limit";
        command.Parameters.Add(command.Parameter("@limit", filter.Limit));
        return await ReadAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<DeadLetterCount>> CountAsync(DeadLetterFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command(null, "");
        command.CommandText = $"SELECT reason, COUNT(*), SUM(records) FROM dead_letters WHERE {Where(command, filter)} GROUP BY reason ORDER BY SUM(records) DESC, reason";
        var counts = new List<DeadLetterCount>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts.Add(new DeadLetterCount(reader.GetString(0), checked((int)reader.GetInt64(1)), reader.GetInt64(2)));
        }

        return counts;
    }

    public async Task<StoredDeadLetter?> FindAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command(null, $"SELECT {Columns} FROM dead_letters WHERE id = @id", ("@id", id));
        return (await ReadAsync(command, cancellationToken)).SingleOrDefault();
    }

    /// <summary>
    /// Writes rows inside an ingest transaction. A row at a position that already has an open row is that run grown
    /// by a later batch: it takes the new end and count (counts are totals, so writing a row twice never counts twice).
    /// </summary>
    internal static async Task<int> WriteAsync(
        DbConnection connection, DbTransaction tx, StoreDatabase database, IReadOnlyList<DeadLetter> letters, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var written = 0;
        var at = database.Time(now);
        foreach (var letter in letters)
        {
            written += await connection.ExecuteAsync(tx, """
                INSERT INTO dead_letters (source, position, last_position, records, reason, detail, excerpt, received_at)
                VALUES (@source, @position, @last, @records, @reason, @detail, @excerpt, @at)
                ON CONFLICT (source, position) WHERE replayed_at IS NULL DO UPDATE SET
                    last_position = excluded.last_position, records = excluded.records,
                    reason = excluded.reason, detail = excluded.detail, excerpt = excluded.excerpt
                """, cancellationToken,
                ("@source", letter.Source), ("@position", letter.Position), ("@last", letter.LastPosition ?? letter.Position),
                ("@records", letter.Records), ("@reason", letter.Reason), ("@detail", letter.Detail), ("@excerpt", letter.Excerpt), ("@at", at));
        }

        return written;
    }

    /// <summary>Closes the rows a replay took up; a record refused again then opens a new row at the same position.</summary>
    internal static async Task MarkReplayedAsync(
        DbConnection connection, DbTransaction tx, StoreDatabase database, IReadOnlyList<long> ids, string? outcome, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var id in ids)
        {
            await connection.ExecuteAsync(tx, "UPDATE dead_letters SET replayed_at = @at, replay_outcome = @outcome WHERE id = @id AND replayed_at IS NULL",
                cancellationToken, ("@id", id), ("@at", database.Time(now)), ("@outcome", outcome));
        }
    }

    private string Where(DbCommand command, DeadLetterFilter filter)
    {
        var conditions = new List<string> { filter.Replayed ? "TRUE" : "replayed_at IS NULL" };
        if (filter.Reason is { } reason)
        {
            conditions.Add("reason = @reason");
            command.Parameters.Add(command.Parameter("@reason", reason));
        }

        if (filter.Source is { } source)
        {
            // "drop" means every dropped file, "drop:posts.jsonl" one of them.
            conditions.Add(source.Contains(':', StringComparison.Ordinal) ? "source = @source" : "(source = @source OR source LIKE @kind ESCAPE '\\')");
            command.Parameters.Add(command.Parameter("@source", source));
            command.Parameters.Add(command.Parameter("@kind",
                source.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + ":%"));
        }

        if (filter.Since is { } since)
        {
            conditions.Add("received_at >= @since");
            command.Parameters.Add(command.Parameter("@since", database.Time(since)));
        }

        if (filter.Until is { } until)
        {
            conditions.Add("received_at < @until");
            command.Parameters.Add(command.Parameter("@until", database.Time(until)));
        }

        return string.Join(" AND ", conditions);
    }

    private async Task<IReadOnlyList<StoredDeadLetter>> ReadAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<StoredDeadLetter>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new StoredDeadLetter(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4),
                reader.GetString(5), reader.GetString(6), reader.StringOrNull(7),
                database.ReadTime(reader, 8), reader.IsDBNull(9) ? null : database.ReadTime(reader, 9), reader.StringOrNull(10)));
        }

        return rows;
    }
}
