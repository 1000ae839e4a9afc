using Sermo.Analytics.Watchlists;

namespace Sermo.Analytics.HeatMaps;

/// <summary>
/// One row of a heat map: a watchlist term, for all members (<paramref name="Segment"/> null) or for one specialty or
/// state. A report segmented by specialty has a row per term and specialty.
/// </summary>
/// <param name="Label">What the row is called in every format: the term's label, with " · segment" when segmented.</param>
public sealed record HeatMapRow(string Label, WatchlistTerm Term, string? Segment)
{
    /// <summary>One row per term, all members or one segment value: the classic heat map.</summary>
    public static IReadOnlyList<HeatMapRow> For(IEnumerable<WatchlistTerm> terms, string? segment = null) =>
        terms.Select(t => new HeatMapRow(t.Label, t, segment)).ToList();

    /// <summary>A row per term and segment value, term by term, the values in the order given.</summary>
    public static IReadOnlyList<HeatMapRow> BySegment(IEnumerable<WatchlistTerm> terms, IReadOnlyList<string> segments) =>
        terms.SelectMany(t => segments.Select(s => new HeatMapRow($"{t.Label} · {s}", t, s))).ToList();
}
