namespace Sermo.Analytics.Watchlists;

/// <summary>A client's watchlist: the rows of its heat maps. Never shown to another client.</summary>
public sealed record Watchlist(string ClientId, string ClientName, string Kind, IReadOnlyList<WatchlistTerm> Terms)
{
    /// <summary>A finance client's embargoed terms and readout quiet windows (docs/mnpi-guard.md); null for none.</summary>
    public Mnpi.TrialEmbargo? Embargo { get; init; }
}

/// <summary>
/// One heat-map row. A post mentions the term when any entity's canonical id or surface equals one of
/// <see cref="Matches"/> (case-insensitive), or the scrubbed text contains one of them as a whole word.
/// </summary>
public sealed record WatchlistTerm(string Label, IReadOnlyList<string> Matches);
