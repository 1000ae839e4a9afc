namespace Sermo.Storage.Portal;

/// <summary>
/// What fired and how each delivery went, on the store's backend. An alert is unique per client, term and day; each has
/// one delivery per channel, and every attempt of a delivery is a line of the log.
/// </summary>
public sealed class AlertLogTable(StoreDatabase database)
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";

    /// <summary>Records the alert and one pending delivery per channel; null (nothing recorded) when the term already alerted that day.</summary>
    public async Task<IReadOnlyList<long>?> RecordAsync(
        string clientId, string term, DateOnly day, string body, DateTimeOffset at, IReadOnlyList<string> channels, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var tx = await database.BeginWriteAsync(connection, null, cancellationToken);
        var alert = await connection.QueryAsync(tx, """
            INSERT INTO alerts(client_id, term, day, body, created_at) VALUES (@client, @term, @day, @body, @at)
            ON CONFLICT (client_id, term, day) DO NOTHING RETURNING alert_id
            """, r => r.GetInt64(0), cancellationToken,
            ("@client", clientId), ("@term", term), ("@day", database.Day(day)), ("@body", body), ("@at", database.Time(at)));
        if (alert.Count == 0)
        {
            return null;
        }

        var deliveries = new List<long>();
        foreach (var channel in channels)
        {
            deliveries.AddRange(await connection.QueryAsync(tx,
                "INSERT INTO alert_deliveries(alert_id, channel, outcome) VALUES (@alert, @channel, @pending) RETURNING delivery_id",
                r => r.GetInt64(0), cancellationToken, ("@alert", alert[0]), ("@channel", channel), ("@pending", Pending)));
        }

        await tx.CommitAsync(cancellationToken);
        return deliveries;
    }

    /// <summary>The delivery if it still waits to be sent; null once delivered or unknown.</summary>
    public async Task<PendingDelivery?> PendingAsync(long deliveryId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync(null, """
            SELECT d.delivery_id, a.client_id, d.channel, a.body, d.attempts FROM alert_deliveries d JOIN alerts a ON a.alert_id = d.alert_id
            WHERE d.delivery_id = @id AND d.outcome <> @delivered
            """, r => new PendingDelivery(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt32(4)),
            cancellationToken, ("@id", deliveryId), ("@delivered", Delivered));
        return rows.Count == 1 ? rows[0] : null;
    }

    /// <summary>Counts one attempt, sets the delivery's outcome and logs the attempt with its detail, together.</summary>
    public async Task RecordAttemptAsync(long deliveryId, string outcome, string? detail, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var tx = await database.BeginWriteAsync(connection, null, cancellationToken);
        var attempts = await connection.QueryAsync(tx,
            "UPDATE alert_deliveries SET attempts = attempts + 1, outcome = @outcome WHERE delivery_id = @id RETURNING attempts",
            r => r.GetInt32(0), cancellationToken, ("@id", deliveryId), ("@outcome", outcome));
        foreach (var attempt in attempts)
        {
            await connection.ExecuteAsync(tx, "INSERT INTO alert_attempts(delivery_id, attempt, outcome, detail, at) VALUES (@id, @attempt, @outcome, @detail, @at)",
                cancellationToken, ("@id", deliveryId), ("@attempt", attempt), ("@outcome", outcome), ("@detail", detail), ("@at", database.Time(at)));
        }

        await tx.CommitAsync(cancellationToken);
    }

    /// <summary>The client's delivery log, newest attempt first.</summary>
    public async Task<IReadOnlyList<AlertDeliveryAttempt>> AttemptsAsync(string clientId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.QueryAsync(null, """
            SELECT d.delivery_id, a.alert_id, a.term, a.day, d.channel, t.attempt, t.outcome, t.detail, t.at
            FROM alert_attempts t JOIN alert_deliveries d ON d.delivery_id = t.delivery_id JOIN alerts a ON a.alert_id = d.alert_id
            WHERE a.client_id = @client ORDER BY t.id DESC LIMIT @limit
            """, r => new AlertDeliveryAttempt(r.GetInt64(0), r.GetInt64(1), r.GetString(2), database.ReadDay(r, 3), r.GetString(4), r.GetInt32(5),
                r.GetString(6), r.StringOrNull(7), database.ReadTime(r, 8)),
            cancellationToken, ("@client", clientId), ("@limit", limit));
    }
}
