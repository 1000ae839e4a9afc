namespace Sermo.Storage.Emerging;

/// <summary>Analysts promote an emerging term to a client's watchlist; every promotion is recorded with who and when.</summary>
public interface IWatchlistPromotions
{
    /// <summary>
    /// Adds a term labelled <paramref name="label"/> matching <paramref name="term"/> to the client's watchlist (unless a
    /// term already matches it) and records the attempt, in one transaction. The changed watchlist marks every day for
    /// re-rollup, as any watchlist change does. Throws <see cref="KeyNotFoundException"/> for an unknown client.
    /// </summary>
    Task<WatchlistPromotion> PromoteAsync(string clientId, string term, string label, string analyst, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Newest first; one client's or all (null).</summary>
    Task<IReadOnlyList<WatchlistPromotion>> ListAsync(string? clientId, int limit, CancellationToken cancellationToken);
}
