using System.Globalization;
using Sermo.Analytics.HeatMaps;

namespace Sermo.PrivacyBench;

/// <summary>Compares released heat maps with the cube's exact counts behind them.</summary>
internal sealed class UtilityTally(string name)
{
    public const string Header = """
        | report | cells | shown (exact k rule would show) | shown cells under k authors | cell mentions: median relative error / mean abs error / p90 relative | row totals shown (rows with a true total) | row totals, period cells: median / p90 relative error (vs. every mention of the period) | before: sums of shown cells, median / p90 | net sentiment mean abs error | adverse events mean abs error |
        |---|---:|---:|---:|---|---:|---|---|---:|---:|
        """;

    public const string Legend = """
        Cells: every (row, bucket) of the report. Shown: released authors and mentions reach k; "exact k rule" counts the
        cells whose true distinct authors reach k. Cell errors compare a shown cell's released mentions with its true
        mentions. Row totals are the whole period released as its own cell (decision 026: noise ×4 the cells', same
        threshold) and are compared with the row's true mentions over the period; "before" is what every format printed
        until then, the sum of the row's shown cells, for the same rows in the same run (it leaves withheld cells out).
        Net sentiment and adverse events: shown cells, released against true.
        """;

    private readonly List<double> _cellRelative = [];
    private readonly List<double> _cellAbsolute = [];
    private readonly List<double> _totalRelative = [];
    private readonly List<double> _shownSumRelative = [];
    private int _totalsShown;
    private int _totalsTrue;
    private readonly List<double> _sentiment = [];
    private readonly List<double> _adverse = [];
    private int _cells;
    private int _shown;
    private int _exactRule;
    private int _shownUnderK;

    public void Add(CubeSlice slice, IReadOnlyList<HeatMapRow> rows, HeatMap map, int k)
    {
        var exact = slice.Cells.ToDictionary(c => (c.Term, c.Segment, c.Bucket));
        var totals = slice.RowTotals.ToDictionary(c => (c.Term, c.Segment));
        var byLabel = rows.ToDictionary(r => r.Label, StringComparer.Ordinal);
        for (var t = 0; t < map.Terms.Count; t++)
        {
            var row = byLabel[map.Terms[t]];
            foreach (var cell in map.Row(t))
            {
                _cells++;
                var truth = exact.GetValueOrDefault((row.Term.Label, row.Segment, cell.Bucket));
                _exactRule += (truth?.DistinctAuthors ?? 0) >= k ? 1 : 0;
                if (cell.Suppressed)
                {
                    continue;
                }

                _shown++;
                var mentions = truth?.Mentions ?? 0;
                _shownUnderK += (truth?.DistinctAuthors ?? 0) < k ? 1 : 0;
                _cellAbsolute.Add(Math.Abs(cell.Mentions!.Value - mentions));
                _cellRelative.Add(Math.Abs(cell.Mentions.Value - mentions) / (double)Math.Max(mentions, 1));
                _sentiment.Add(Math.Abs(cell.NetSentiment!.Value - (mentions == 0 ? 0 : (truth!.Positive - truth.Negative) / (double)mentions)));
                _adverse.Add(Math.Abs(cell.AdverseEvents!.Value - (truth?.AdverseEvents ?? 0)));
            }

            var total = map.RowTotals[t];
            var trueTotal = totals.GetValueOrDefault((row.Term.Label, row.Segment));
            _totalsTrue += trueTotal is { Mentions: > 0 } ? 1 : 0;
            _totalsShown += total.Suppressed ? 0 : 1;
            if (!total.Suppressed && trueTotal is { Mentions: > 0 })
            {
                _totalRelative.Add(Math.Abs(total.Mentions!.Value - trueTotal.Mentions) / (double)trueTotal.Mentions);
                var shownSum = map.Row(t).Sum(c => c.Mentions ?? 0);
                _shownSumRelative.Add(Math.Abs(shownSum - trueTotal.Mentions) / (double)trueTotal.Mentions);
            }
        }
    }

    public string Row() => string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {_cells:N0} | {_shown:N0} ({_exactRule:N0}) | {_shownUnderK:N0} | {Pct(Quantile(_cellRelative, 0.5))} / {Mean(_cellAbsolute):0.00} / {Pct(Quantile(_cellRelative, 0.9))} | " +
        $"{_totalsShown:N0} ({_totalsTrue:N0}) | {Pct(Quantile(_totalRelative, 0.5))} / {Pct(Quantile(_totalRelative, 0.9))} | {Pct(Quantile(_shownSumRelative, 0.5))} / {Pct(Quantile(_shownSumRelative, 0.9))} | " +
        $"{Mean(_sentiment):0.000} | {Mean(_adverse):0.00} |");

    private static string Pct(double? value) => value is { } v ? string.Create(CultureInfo.InvariantCulture, $"{v * 100:0.0} %") : "—";

    private static double Mean(List<double> values) => values.Count == 0 ? double.NaN : values.Average();

    private static double? Quantile(List<double> values, double q)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(q * sorted.Count))];
    }
}
