namespace Sermo.Storage.Portal;

/// <summary>One subscription of a client: alert when <paramref name="Kind"/> on watchlist term <paramref name="Term"/> reaches <paramref name="Threshold"/>.</summary>
/// <param name="Term">The watchlist term's label.</param>
public sealed record AlertRule(long RuleId, string ClientId, string Term, string Kind, double Threshold, DateTimeOffset CreatedAt);

/// <summary>Where a client's alerts go: a webhook (signed with the client's secret) and/or an e-mail address.</summary>
/// <param name="WebhookSecret">The HMAC key; shown to the client once, kept here because every delivery is signed with it.</param>
public sealed record AlertTargets(string ClientId, string? WebhookUrl, string? WebhookSecret, string? Email);

/// <summary>One attempt log line of one alert on one channel.</summary>
public sealed record AlertDeliveryAttempt(long DeliveryId, long AlertId, string Term, DateOnly Day, string Channel, int Attempt, string Outcome, string? Detail, DateTimeOffset At);

/// <summary>A delivery waiting to be sent: the alert's JSON and where it goes.</summary>
public sealed record PendingDelivery(long DeliveryId, string ClientId, string Channel, string Body, int Attempts);
