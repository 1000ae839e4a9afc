using System.Text.Json;
using Sermo.Analytics.Emerging;
using Sermo.Analytics.HeatMaps;
using Sermo.Reports.Outbox;
using Sermo.Reports.Rendering;
using Sermo.Storage.ReportRuns;

namespace Sermo.Reports.Rerendering;

/// <summary>
/// A run's content without its quotes, as kept in the run history: the heat map exactly as published (a past report is
/// re-rendered with the numbers it showed, not recomputed, so two versions never differ by one member's posts), and the
/// terms that had an excerpt section with where each section's quotes came from, and the emerging topics as released. The quotes are kept beside it, one row per post, so a deletion can find them.
/// </summary>
internal sealed record StoredReportContent(
    HeatMap HeatMap,
    string ClientName,
    string ReportId,
    DateOnly From,
    DateOnly To,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<string> ExcerptTerms,
    IReadOnlyList<ReleasedEmergingTopic>? NewInConversation = null,
    IReadOnlyList<ExcerptSource?>? ExcerptSources = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <param name="sources">Per excerpt section, where its quotes came from (null for a section without quotes); none
    /// given, a re-render refills no section and shows a section that lost a quote without quotes.</param>
    public static string Serialize(ReportContent content, IReadOnlyList<ExcerptSource?>? sources = null) =>
        JsonSerializer.Serialize(
            new StoredReportContent(content.HeatMap, content.ClientName, content.ReportId, content.Period.From, content.Period.To,
                content.GeneratedAt, content.Excerpts.Select(e => e.Term).ToArray(), content.NewInConversation, sources),
            Json);

    public static StoredReportContent Deserialize(string json) =>
        JsonSerializer.Deserialize<StoredReportContent>(json, Json) ?? throw new InvalidDataException("Empty stored report content.");

    /// <summary>The content to render: every excerpt section in its place, holding only the quotes given.</summary>
    public ReportContent WithQuotes(IReadOnlyList<ReportQuote> quotes) =>
        new(HeatMap, ClientName, ReportId, new ReportPeriod(From, To), GeneratedAt, Excerpts(ExcerptTerms, quotes))
        {
            // Runs stored before issue 21 have no such section.
            NewInConversation = NewInConversation ?? [],
        };

    /// <summary>Excerpt sections for <paramref name="terms"/>, filled from the quotes of each section in their order.</summary>
    public static IReadOnlyList<TermExcerpts> Excerpts(IReadOnlyList<string> terms, IReadOnlyList<ReportQuote> quotes) =>
        terms.Select((term, index) => new TermExcerpts(term, quotes
                .Where(q => q.TermIndex == index)
                .OrderBy(q => q.Position)
                .Select(q => new Storage.Excerpts.PostExcerpt(q.Day, q.Text))
                .ToArray()))
            .ToArray();
}
