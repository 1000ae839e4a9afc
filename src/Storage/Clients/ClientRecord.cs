using Sermo.Analytics.Watchlists;

namespace Sermo.Storage.Clients;

/// <summary>A paying client: its watchlist, its k (never below 5) and its report definitions as stored JSON.</summary>
/// <param name="ReportsJson">Owned and parsed by Sermo.Reports; storage keeps it opaque.</param>
public sealed record ClientRecord(string ClientId, string Name, string Kind, int K, Watchlist Watchlist, string ReportsJson);

public interface IClientRegistry
{
    /// <summary>Adds or replaces a client. A changed watchlist marks every day with posts for re-rollup.</summary>
    Task UpsertAsync(ClientRecord client, CancellationToken cancellationToken);

    Task<IReadOnlyList<ClientRecord>> ListAsync(CancellationToken cancellationToken);

    Task<ClientRecord?> GetAsync(string clientId, CancellationToken cancellationToken);
}
