using System.Globalization;
using Sermo.Storage.Sqlite;

namespace Sermo.Storage.Operations;

/// <summary>
/// Reads <see cref="IngestStatus"/> from the checkpoint and dead-letter tables (both small: one row per source, one per
/// bad record), never from posts, so an operator page stays cheap at any store size.
/// </summary>
public sealed class SqliteIngestStatusReader(SqliteDatabase database)
{
    public async Task<IngestStatus> ReadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var sources = new List<SourceCheckpoint>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT source, cursor, updated_at FROM checkpoints ORDER BY source";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                sources.Add(new SourceCheckpoint(reader.GetString(0), reader.GetString(1), Time(reader.GetString(2))));
            }
        }

        var dead = new List<DeadLetterCount>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT source, reason, COUNT(*), MAX(received_at) FROM dead_letters GROUP BY source, reason ORDER BY COUNT(*) DESC, source, reason";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                dead.Add(new DeadLetterCount(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), Time(reader.GetString(3))));
            }
        }

        return new IngestStatus(sources, dead);
    }

    private static DateTimeOffset Time(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
