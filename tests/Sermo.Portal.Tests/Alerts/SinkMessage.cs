namespace Sermo.Portal.Tests.Alerts;

/// <summary>A message the sink accepted: envelope, raw data, whether it came over TLS and as which AUTH user (null: none).</summary>
internal sealed record SinkMessage(string From, IReadOnlyList<string> To, string Data, bool Tls, string? User);
