using Sermo.Analytics.Emerging;
using Sermo.Analytics.HeatMaps;
using Sermo.Reports.Outbox;
using Sermo.Storage.Excerpts;

namespace Sermo.Reports.Rendering;

/// <summary>Everything every format of one report run shows. Suppressed heat-map cells already carry no numbers.</summary>
/// <param name="Excerpts">Scrubbed excerpts for the top terms, taken only from shown cells.</param>
public sealed record ReportContent(
    HeatMap HeatMap,
    string ClientName,
    string ReportId,
    ReportPeriod Period,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<TermExcerpts> Excerpts)
{
    private ReportHighlights? _highlights;

    public ReportHighlights Highlights => _highlights ??= ReportHighlights.From(HeatMap);

    /// <summary>
    /// The format keys the run writes (the outbox writer sets it); a content made without it asks for every format.
    /// </summary>
    public IReadOnlyCollection<string> Formats { get; init; } = ReportFormats.All;

    /// <summary>"New in the conversation": the report's last whole week's emerging topics in the client's areas, as released to it.</summary>
    public IReadOnlyList<ReleasedEmergingTopic> NewInConversation { get; init; } = [];

    /// <summary>
    /// Set on an operator's run that includes a bucket still open (<c>report --allow-open-bucket</c>, docs/privacy.md
    /// P13): every format says so, and the run is written outside the client outbox, so no client is ever served it.
    /// </summary>
    public bool InternalOnly { get; init; }

    /// <summary>The words an internal run carries in its manifest and on its first page.</summary>
    public const string InternalMark = "internal — not for release";

    /// <summary>A heat map alone (CLI, tests): no excerpts.</summary>
    public static ReportContent ForHeatMap(HeatMap heatMap, string clientName, DateTimeOffset generatedAt, string reportId = "heatmap") =>
        new(heatMap, clientName, reportId, new ReportPeriod(heatMap.From, heatMap.To), generatedAt, []);
}

public sealed record TermExcerpts(string Term, IReadOnlyList<PostExcerpt> Excerpts);
