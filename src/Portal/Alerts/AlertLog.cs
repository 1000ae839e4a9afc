using Sermo.Storage.Portal;

namespace Sermo.Portal.Alerts;

/// <summary>
/// What fired and how each delivery went. An alert is unique per client, term and day (at most one alert per term per
/// day, whatever rules fired and however often the evaluation runs); each has one delivery per channel, and every
/// attempt of a delivery is a line of the log.
/// </summary>
public sealed class AlertLog(AlertLogTable table, TimeProvider time)
{
    public const string Webhook = "webhook";
    public const string Email = "email";
    public const string Pending = AlertLogTable.Pending;
    public const string Delivered = AlertLogTable.Delivered;
    public const string Failed = "failed";

    /// <summary>Records the alert and one pending delivery per channel; null (nothing recorded) when the term already alerted that day.</summary>
    public Task<IReadOnlyList<long>?> RecordAsync(string clientId, string term, DateOnly day, string body, IReadOnlyList<string> channels, CancellationToken cancellationToken) =>
        table.RecordAsync(clientId, term, day, body, time.GetUtcNow(), channels, cancellationToken);

    /// <summary>The delivery if it still waits to be sent; null once delivered or unknown.</summary>
    public Task<PendingDelivery?> PendingAsync(long deliveryId, CancellationToken cancellationToken) => table.PendingAsync(deliveryId, cancellationToken);

    /// <summary>Logs one attempt and its outcome (<see cref="Delivered"/> or <see cref="Failed"/>, with why).</summary>
    public Task RecordAttemptAsync(long deliveryId, string outcome, string? detail, CancellationToken cancellationToken) =>
        table.RecordAttemptAsync(deliveryId, outcome, detail is { Length: > 500 } ? detail[..500] : detail, time.GetUtcNow(), cancellationToken);

    /// <summary>The client's delivery log, newest attempt first.</summary>
    public Task<IReadOnlyList<AlertDeliveryAttempt>> AttemptsAsync(string clientId, int limit, CancellationToken cancellationToken) =>
        table.AttemptsAsync(clientId, limit, cancellationToken);
}
