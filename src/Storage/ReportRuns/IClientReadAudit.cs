namespace Sermo.Storage.ReportRuns;

/// <summary>One client read: who, what (a list or a file of one report folder), whether it was served, and when.</summary>
/// <param name="ClientId">The client whose reports the request named.</param>
/// <param name="Caller">The client whose key came with the request; null without a valid key.</param>
public sealed record ClientRead(long Id, string ClientId, string? Caller, string Resource, string Outcome, DateTimeOffset ReadAt);

/// <summary>
/// Privacy rule P8: every attempt to read a client's reports is recorded before the request's key is looked up or
/// anything is read, so refused and failed reads are on record too; the outcome is filled in when the answer is known.
/// </summary>
public interface IClientReadAudit
{
    /// <summary>Records an attempt (outcome <c>requested</c>) and returns its id for <see cref="FinishAsync"/>.</summary>
    Task<long> BeginAsync(string clientId, string resource, DateTimeOffset readAt, CancellationToken cancellationToken);

    /// <summary>Records whose key made the read (null: none or an invalid one) and how it ended.</summary>
    Task FinishAsync(long readId, string? caller, string outcome, CancellationToken cancellationToken);

    /// <summary>Newest first: reads of <paramref name="clientId"/>'s reports and reads made with its key (all when null).</summary>
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
