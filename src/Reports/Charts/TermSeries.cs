using Sermo.Analytics.HeatMaps;

namespace Sermo.Reports.Charts;

/// <summary>
/// What the line charts plot, read from the heat map's cells only: a value where the cell is shown and carries the
/// metric, NaN (a gap) where it is suppressed or has no value. No value is derived from anything the map withholds.
/// </summary>
internal static class TermSeries
{
    /// <summary>Terms with a shown value of <paramref name="metric"/>, most-mentioned shown row totals first, then watchlist order.</summary>
    public static IReadOnlyList<int> MostMentioned(HeatMap map, Func<HeatMapCell, double?> metric, int max) =>
        Enumerable.Range(0, map.Terms.Count)
            .Where(t => map.Row(t).Any(c => !c.Suppressed && metric(c) is not null))
            .OrderByDescending(t => map.RowTotals[t].Suppressed ? -1 : map.RowTotals[t].Mentions ?? 0)
            .ThenBy(t => t)
            .Take(max)
            .ToArray();

    public static double[] Values(HeatMap map, int termIndex, Func<HeatMapCell, double?> metric) =>
        map.Row(termIndex).Select(c => !c.Suppressed && metric(c) is { } value ? value : double.NaN).ToArray();

    public static double[] Positions(HeatMap map) => Enumerable.Range(0, map.Buckets.Count).Select(b => (double)b).ToArray();

    /// <summary>"of all 11 terms" or "of the 12 most-mentioned of 50 terms".</summary>
    public static string Which(int shown, int total) =>
        shown == total ? $"all {total} terms" : $"the {shown} most-mentioned of {total} terms";

    public static string Unit(HeatMap map) => map.Interval.ToString().ToLowerInvariant();

    public static string Period(HeatMap map) => FormattableString.Invariant($"{map.From:yyyy-MM-dd} to {map.To:yyyy-MM-dd}");

    /// <summary>The key line every line chart carries: what a gap is.</summary>
    public static ChartKey GapKey(HeatMap map) =>
        new(ChartKeySymbol.Gap, FormattableString.Invariant(
            $"Gap: withheld (fewer than k = {map.K} distinct authors, or hidden to protect a total); never drawn, never joined across."));
}
