using System.Runtime.CompilerServices;
using Sermo.Analytics.Emerging;
using Sermo.Storage.Ingestion;

namespace Sermo.Storage.Emerging;

/// <summary>
/// Reads posts for the emerging-topic count on either backend, streaming: the count is computed from the posts each
/// time (decision 029), so nothing new is stored for it and an opt-out or deletion is gone from the next answer.
/// </summary>
public sealed class EmergingPostReader(StoreDatabase database) : IEmergingPostReader
{
    public async IAsyncEnumerable<EmergingPost> ReadAsync(DateOnly from, DateOnly to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command(null,
            "SELECT author_key, day, specialty, text, entities_json FROM posts WHERE day >= @from AND day <= @to ORDER BY day, id",
            ("@from", database.Day(from)), ("@to", database.Day(to)));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new EmergingPost(reader.GetString(0), database.ReadDay(reader, 1), reader.StringOrNull(2), reader.GetString(3),
                PostJson.Entities(reader.GetString(4)));
        }
    }

    public async Task<DateOnly?> LatestDayAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var days = await connection.QueryAsync(null, "SELECT max(day) FROM posts", reader => reader.IsDBNull(0) ? (DateOnly?)null : database.ReadDay(reader, 0), cancellationToken);
        return days.Single();
    }
}
