using ScottPlot;
using ScottPlot.TickGenerators;
using Sermo.Analytics.HeatMaps;

namespace Sermo.Reports.Charts;

/// <summary>Bucket labels under a line chart: upright text, every Nth bucket so that neighbouring labels never touch.</summary>
internal static class TimeAxis
{
    private const float LabelGap = 16;

    public static void Apply(Plot plot, HeatMap map, float dataWidth)
    {
        var labels = map.Buckets.Select(b => TimeBuckets.Label(b, map.Interval)).ToArray();
        var pitch = ChartLayout.Widest(labels).Width + LabelGap;
        var fit = Math.Max(1, (int)(dataWidth / pitch));
        var step = (int)Math.Ceiling(labels.Length / (double)fit);
        var ticks = new List<Tick>();
        for (var b = 0; b < labels.Length; b += step)
        {
            ticks.Add(new Tick(b, labels[b], isMajor: true));
        }

        plot.Axes.Bottom.TickGenerator = new NumericManual(ticks.ToArray());
        plot.Axes.SetLimitsX(-0.5, Math.Max(0, labels.Length - 1) + 0.5);
    }
}
