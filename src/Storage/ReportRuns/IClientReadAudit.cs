namespace Sermo.Storage.ReportRuns;

/// <summary>One client read: who, what (a list or a file of one report folder), whether it was served, and when.</summary>
public sealed record ClientRead(long Id, string ClientId, string Resource, string Outcome, DateTimeOffset ReadAt);

/// <summary>Privacy rule 4: every client read is recorded before anything is sent.</summary>
public interface IClientReadAudit
{
    Task RecordAsync(string clientId, string resource, string outcome, DateTimeOffset readAt, CancellationToken cancellationToken);

    /// <summary>Newest first.</summary>
    Task<IReadOnlyList<ClientRead>> ListAsync(string? clientId, int limit, CancellationToken cancellationToken);
}

/// <summary>Per-client API keys for the report API. Only a SHA-256 of each key is stored.</summary>
public interface IClientApiKeys
{
    /// <summary>A new random key for <paramref name="clientId"/>; this is the only time it is seen.</summary>
    Task<string> IssueAsync(string clientId, DateTimeOffset issuedAt, CancellationToken cancellationToken);

    /// <summary>The client a key belongs to; null for an unknown or revoked key.</summary>
    Task<string?> FindClientAsync(string key, CancellationToken cancellationToken);

    /// <summary>Revokes every key of the client; returns how many.</summary>
    Task<int> RevokeAsync(string clientId, DateTimeOffset revokedAt, CancellationToken cancellationToken);
}
