using System.Globalization;
using Sermo.Portal.Access;

namespace Sermo.Portal.Alerts;

/// <summary>
/// What fired and how each delivery went. An alert is unique per client, term and day (at most one alert per term per
/// day, whatever rules fired and however often the evaluation runs); each has one delivery per channel, and every
/// attempt of a delivery is a line of the log.
/// </summary>
public sealed class AlertLog(PortalDatabase database, TimeProvider time)
{
    public const string Webhook = "webhook";
    public const string Email = "email";
    public const string Pending = "pending";
    public const string Delivered = "delivered";
    public const string Failed = "failed";

    /// <summary>Records the alert and one pending delivery per channel; null (nothing recorded) when the term already alerted that day.</summary>
    public async Task<IReadOnlyList<long>?> RecordAsync(string clientId, string term, DateOnly day, string body, IReadOnlyList<string> channels, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO alerts(client_id, term, day, body, created_at) VALUES ($client, $term, $day, $body, $at) ON CONFLICT DO NOTHING RETURNING alert_id";
        insert.Parameters.AddWithValue("$client", clientId);
        insert.Parameters.AddWithValue("$term", term);
        insert.Parameters.AddWithValue("$day", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        insert.Parameters.AddWithValue("$body", body);
        insert.Parameters.AddWithValue("$at", PortalDatabase.Time(time.GetUtcNow()));
        if (await insert.ExecuteScalarAsync(cancellationToken) is not long alertId)
        {
            return null;
        }

        var deliveries = new List<long>();
        foreach (var channel in channels)
        {
            await using var delivery = connection.CreateCommand();
            delivery.CommandText = "INSERT INTO alert_deliveries(alert_id, channel, outcome) VALUES ($alert, $channel, $pending) RETURNING delivery_id";
            delivery.Parameters.AddWithValue("$alert", alertId);
            delivery.Parameters.AddWithValue("$channel", channel);
            delivery.Parameters.AddWithValue("$pending", Pending);
            deliveries.Add((long)(await delivery.ExecuteScalarAsync(cancellationToken))!);
        }

        await transaction.CommitAsync(cancellationToken);
        return deliveries;
    }

    /// <summary>The delivery if it still waits to be sent; null once delivered or unknown.</summary>
    public async Task<PendingDelivery?> PendingAsync(long deliveryId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT d.delivery_id, a.client_id, d.channel, a.body, d.attempts FROM alert_deliveries d JOIN alerts a ON a.alert_id = d.alert_id
            WHERE d.delivery_id = $id AND d.outcome <> $delivered
            """;
        command.Parameters.AddWithValue("$id", deliveryId);
        command.Parameters.AddWithValue("$delivered", Delivered);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new PendingDelivery(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4))
            : null;
    }

    /// <summary>Logs one attempt and its outcome (<see cref="Delivered"/> or <see cref="Failed"/>, with why).</summary>
    public async Task RecordAttemptAsync(long deliveryId, string outcome, string? detail, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE alert_deliveries SET attempts = attempts + 1, outcome = $outcome WHERE delivery_id = $id;
            INSERT INTO alert_attempts(delivery_id, attempt, outcome, detail, at)
            SELECT $id, attempts, $outcome, $detail, $at FROM alert_deliveries WHERE delivery_id = $id
            """;
        command.Parameters.AddWithValue("$id", deliveryId);
        command.Parameters.AddWithValue("$outcome", outcome);
        command.Parameters.AddWithValue("$detail", detail is null ? DBNull.Value : detail.Length > 500 ? detail[..500] : detail);
        command.Parameters.AddWithValue("$at", PortalDatabase.Time(time.GetUtcNow()));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The client's delivery log, newest attempt first.</summary>
    public async Task<IReadOnlyList<AlertDeliveryAttempt>> AttemptsAsync(string clientId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT d.delivery_id, a.alert_id, a.term, a.day, d.channel, t.attempt, t.outcome, t.detail, t.at
            FROM alert_attempts t JOIN alert_deliveries d ON d.delivery_id = t.delivery_id JOIN alerts a ON a.alert_id = d.alert_id
            WHERE a.client_id = $client ORDER BY t.id DESC LIMIT $limit
            """;
        command.Parameters.AddWithValue("$client", clientId);
        command.Parameters.AddWithValue("$limit", limit);
        var attempts = new List<AlertDeliveryAttempt>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            attempts.Add(new AlertDeliveryAttempt(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), DateOnly.Parse(reader.GetString(3), CultureInfo.InvariantCulture),
                reader.GetString(4), reader.GetInt32(5), reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7), PortalDatabase.ReadTime(reader, 8)));
        }

        return attempts;
    }
}
