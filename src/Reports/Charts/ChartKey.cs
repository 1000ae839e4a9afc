namespace Sermo.Reports.Charts;

/// <summary>One line of a chart's key, under the chart: a symbol and what it means.</summary>
internal sealed record ChartKey(ChartKeySymbol Symbol, string Text);

internal enum ChartKeySymbol
{
    None,

    /// <summary>A line broken by a gap: a withheld value.</summary>
    Gap,

    /// <summary>The red dot that marks a spike.</summary>
    Spike,
}
