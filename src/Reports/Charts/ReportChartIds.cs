namespace Sermo.Reports.Charts;

/// <summary>The charts a report draws. A definition's "charts" names the ones written as files besides the heat map.</summary>
public static class ReportChartIds
{
    public const string HeatMap = "heatmap";
    public const string Trends = "trends";
    public const string ShareOfVoice = "share-of-voice";
    public const string Sentiment = "sentiment";
    public const string PerThousand = "per-thousand";

    /// <summary>The charts a definition may list under "charts", in the order a report shows them.</summary>
    public static readonly IReadOnlyList<string> Optional = [Trends, ShareOfVoice, Sentiment, PerThousand];
}
