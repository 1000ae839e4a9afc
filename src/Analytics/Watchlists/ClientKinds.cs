namespace Sermo.Analytics.Watchlists;

/// <summary>The kinds of client (<see cref="Watchlist.Kind"/>); what a client may see can depend on it.</summary>
public static class ClientKinds
{
    public const string Pharma = "pharma";

    /// <summary>Investors: the MNPI guard holds trial-disclosure posts out of their counts and excerpts (docs/mnpi-guard.md).</summary>
    public const string Finance = "finance";

    public const string Government = "government";
}
