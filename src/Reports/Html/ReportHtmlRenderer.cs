using System.Globalization;
using System.Net;
using System.Text;
using Sermo.Analytics.HeatMaps;
using Sermo.Reports.Charts;
using Sermo.Reports.Rendering;

namespace Sermo.Reports.Html;

/// <summary>
/// The report as one self-contained HTML file: inline CSS and the charts' SVG, no scripts, fonts, links or external
/// images, and a Content-Security-Policy that forbids any request, so opening it (or printing it to PDF) reaches nothing.
/// Sections: title block, key figures, heat map with legend, trends (mentions with spikes, share of voice, net sentiment,
/// per 1,000 active), top movers, new in the conversation (emerging topics), why sentiment moved (the aspect behind each
/// swing), adverse-event counts, excerpts, method notes. Every text from data (client name,
/// terms, excerpts) is HTML-encoded; in the charts it is drawn by Skia and written as escaped SVG text.
/// </summary>
public sealed class ReportHtmlRenderer(ReportCharts charts) : IReportFileRenderer
{
    /// <summary>The heat map's figure element.</summary>
    public const string HeatMapElementId = "heatmap-figure";

    private const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    public string Format => ReportFormats.Html;

    public string FileName => "report.html";

    public async Task RenderAsync(ReportContent content, Stream output, CancellationToken cancellationToken)
    {
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(Render(content));
        await output.WriteAsync(bytes, cancellationToken);
    }

    public string Render(ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var map = content.HeatMap;
        var unit = map.Interval.ToString().ToLowerInvariant();
        var html = new StringBuilder(64 * 1024);
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="{ContentSecurityPolicy}">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{(content.InternalOnly ? E(ReportContent.InternalMark.ToUpperInvariant()) + ": " : "")}{E(content.ClientName)}: {E(content.ReportId)}, {E(content.Period.Label)}</title>
            <style>{ReportStyles.Css}</style>
            </head>
            <body>
            <header class="title-block">
            <div class="eyebrow">{(content.InternalOnly ? E(ReportContent.InternalMark.ToUpperInvariant()) + ": " : "")}Sermo physician conversation report</div>
            <h1>{E(content.ClientName)}</h1>
            <dl class="facts">
            <dt>Report</dt><dd>{E(content.ReportId)}</dd>
            <dt>Period</dt><dd>{content.Period.From:yyyy-MM-dd} to {content.Period.To:yyyy-MM-dd} ({map.Buckets.Count} {unit}s)</dd>
            <dt>Generated</dt><dd>{content.GeneratedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC</dd>
            <dt>Privacy threshold</dt><dd>k = {map.K} distinct authors</dd>
            </dl>
            </header>

            """);
        KeyFigures(html, content);
        html.Append(CultureInfo.InvariantCulture, $"""
            <section id="heatmap">
            <h2>Mentions by {unit}</h2>
            <figure class="chart heatmap" id="{HeatMapElementId}">{charts.Svg(content, ReportChartIds.HeatMap)}</figure>
            <p class="note">Darker is more mentions (square-root scale). Hatched grey cells are withheld: their published count of distinct physicians is under {map.K}.</p>
            </section>

            """);
        Trends(html, content);
        TopMovers(html, content);
        NewInConversation(html, content);
        WhySentimentMoved(html, content);
        AdverseEvents(html, content);
        Excerpts(html, content);
        html.Append(CultureInfo.InvariantCulture, $"""
            <footer>
            Mentions count posts by verified physicians that name a term (brand, generic or its listed synonyms). Per 1,000 active: mentions per thousand members who posted in the {unit}.
            Share of voice: a term's share of the mentions shown in the {unit}. Net sentiment: (positive − negative) / mentions.
            Spike score: robust z-score against the term's own previous {HeatMapBuilder.SpikeWindow} shown {unit}s. Members are anonymous; excerpts are scrubbed of names, dates, places and other identifiers.
            Every count carries a small deliberate error (typically ±2, the same in every report and format), so that no count can be traced to a few physicians; totals are sums of the shown cells.
            </footer>
            </body>
            </html>

            """);
        return html.ToString();
    }

    /// <summary>The line charts, each drawn from shown cells only: a withheld cell is a gap in its line, never a point.</summary>
    private void Trends(StringBuilder html, ReportContent content)
    {
        var unit = content.HeatMap.Interval.ToString().ToLowerInvariant();
        html.Append("<section id=\"trends\">\n<h2>Trends</h2>\n");
        foreach (var chart in charts.All.Where(c => c.Id != ReportChartIds.HeatMap))
        {
            html.Append(CultureInfo.InvariantCulture, $"<figure class=\"chart\" id=\"{chart.Id}-figure\">{charts.Svg(content, chart.Id)}</figure>\n");
        }

        html.Append(CultureInfo.InvariantCulture,
            $"<p class=\"note\">Lines break wherever a {unit} is withheld; no withheld value is drawn or joined across. Share of voice is a term's share of the mentions shown in the {unit}.</p>\n</section>\n");
    }

    private static void KeyFigures(StringBuilder html, ReportContent content)
    {
        var map = content.HeatMap;
        var shownTotals = map.RowTotals.Where(t => !t.Suppressed).ToArray();
        var top = shownTotals.OrderByDescending(t => t.Mentions).FirstOrDefault();
        var ae = shownTotals.Sum(t => t.AdverseEvents ?? 0);
        html.Append("<div class=\"kpis\">");
        Kpi(html, N(shownTotals.Sum(t => t.Mentions ?? 0)), $"mentions of {map.Terms.Count} tracked terms (shown rows)");
        Kpi(html, top is null ? "—" : E(top.Term), top is null ? "no term has enough authors to show" : $"most discussed ({N(top.Mentions)} mentions)");
        Kpi(html, N(content.Highlights.Spikes.Count), "unusual spikes (robust z ≥ 2)");
        Kpi(html, N(ae), "mentions with adverse-event language");
        html.Append("</div>\n");
    }

    /// <summary>A table of <paramref name="items"/> (one <paramref name="row"/> each), or the sentence saying why there is none.</summary>
    private static void TableOrEmpty<T>(StringBuilder html, IReadOnlyCollection<T> items, string empty, string headerCells, Func<T, string> row)
    {
        if (items.Count == 0)
        {
            html.Append("<p class=\"empty\">").Append(empty).Append("</p>\n");
            return;
        }

        html.Append("<table><thead><tr>").Append(headerCells).Append("</tr></thead><tbody>\n");
        foreach (var item in items)
        {
            html.Append(row(item));
        }

        html.Append("</tbody></table>\n");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static void Kpi(StringBuilder html, string value, string label) =>
        html.Append("<div class=\"kpi\"><div class=\"value\">").Append(value).Append("</div><div class=\"label\">").Append(E(label)).Append("</div></div>");

    private static void TopMovers(StringBuilder html, ReportContent content)
    {
        var map = content.HeatMap;
        var highlights = content.Highlights;
        html.Append("<section id=\"movers\">\n<h2>Top movers</h2>\n<div class=\"columns\">\n<div>\n<h3>Biggest spikes</h3>\n");
        TableOrEmpty(html, highlights.Spikes, "No shown cell rose two robust standard deviations above its term's baseline.",
            "<th>Term</th><th>When</th><th class=\"num\">Mentions</th><th class=\"num\">Spike (z)</th>",
            spike => Invariant($"<tr><td>{E(spike.Term)}</td><td>{TimeBuckets.Label(spike.Bucket, map.Interval)}</td><td class=\"num\">{N(spike.Mentions)}</td><td class=\"num\">{spike.SpikeScore:0.0}</td></tr>\n"));

        html.Append("</div>\n<div>\n<h3>Sentiment swings</h3>\n");
        TableOrEmpty(html, highlights.SentimentSwings, Invariant($"No term's latest net sentiment moved {ReportHighlights.MinSentimentSwing:0.00} or more from its baseline."),
            "<th>Term</th><th>When</th><th class=\"num\">Net sentiment</th><th class=\"num\">Baseline</th><th class=\"num\">Change</th>",
            swing => Invariant(
                $"<tr><td>{E(swing.Term)}</td><td>{TimeBuckets.Label(swing.Bucket, map.Interval)}</td><td class=\"num\">{swing.Latest:+0.00;−0.00;0.00}</td><td class=\"num\">{swing.Baseline:+0.00;−0.00;0.00}</td><td class=\"num {(swing.Change >= 0 ? "up" : "down")}\">{swing.Change:+0.00;−0.00;0.00}</td></tr>\n"));

        html.Append("</div>\n</div>\n</section>\n");
    }

    /// <summary>Emerging topics in the client's areas: terms no watchlist follows that rose against their own baseline.</summary>
    private static void NewInConversation(StringBuilder html, ReportContent content)
    {
        html.Append("<section id=\"new-in-conversation\">\n<h2>New in the conversation</h2>\n");
        TableOrEmpty(html, content.NewInConversation, "No term outside your watchlist rose significantly in your therapeutic areas last week.",
            "<th>Term</th><th>Kind</th><th>Week</th><th class=\"num\">Physicians</th>",
            topic => Invariant($"<tr><td>{E(topic.Term)}</td><td>{E(topic.Kind)}</td><td>{TimeBuckets.Label(topic.Week, BucketInterval.Week)}</td><td class=\"num\">{N(topic.Authors)}</td></tr>\n"));

        html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">Terms and phrases on no client's watchlist whose share of posting physicians rose significantly against the previous weeks (one-sided binomial test). Physicians: distinct authors that week, with the same deliberate error as every count; a term from fewer than {content.HeatMap.K} is never listed. Ask your Sermo analyst to add one to your watchlist.</p>\n</section>\n");
    }

    /// <summary>For each sentiment swing, the aspect that moved furthest the same way, with its released counts.</summary>
    private static void WhySentimentMoved(StringBuilder html, ReportContent content)
    {
        var swings = content.Highlights.SentimentSwings;
        if (swings.Count == 0)
        {
            return;
        }

        var interval = content.HeatMap.Interval;
        html.Append("<section id=\"why-sentiment\">\n<h2>Why sentiment moved</h2>\n<ul class=\"reasons\">\n");
        foreach (var swing in swings)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><strong>{E(swing.Term)}</strong>, {TimeBuckets.Label(swing.Bucket, interval)}: ");
            if (swing.Why is not { } why)
            {
                html.Append("no aspect shown in this cell moved the same way.</li>\n");
                continue;
            }

            var side = why.Change < 0 ? "negative" : "positive";
            var name = Analytics.Aspects.AspectNames.Name(why.Aspect);
            html.Append(CultureInfo.InvariantCulture,
                $"{side} on {name}{(why.Cue is { } cue ? $": {E(cue)}" : "")} ({AspectShift.Covers(why.Aspect)}): {name} net sentiment {why.Latest:+0.00;−0.00;0.00} against {why.Baseline:+0.00;−0.00;0.00} before; {N(why.Mentions)} {name} mentions, {N(why.Positive)} positive, {N(why.Negative)} negative.</li>\n");
        }

        html.Append(CultureInfo.InvariantCulture,
            $"</ul>\n<p class=\"note\">Each brand or generic mention is classified by a model into an aspect (efficacy, safety, access, cost, dosing) and a polarity. An aspect is shown in a cell only when its own published count of mentions reaches {content.HeatMap.K}; its counts carry the same deliberate error as every other count. The cue after the aspect (\"prior-auth denials\", \"shortage\" …) is a fixed phrase for what those mentions were about, named only when its own published count of physicians reaches {content.HeatMap.K}.</p>\n</section>\n");
    }

    private static void AdverseEvents(StringBuilder html, ReportContent content)
    {
        var map = content.HeatMap;
        var latest = content.Highlights.LatestShownBucket is { } bucket ? TimeBuckets.Label(bucket, map.Interval) : "Latest";
        html.Append(CultureInfo.InvariantCulture, $"""
            <section id="adverse-events">
            <h2>Adverse-event mentions</h2>
            <table><thead><tr><th>Term</th><th class="num">Whole period</th><th class="num">{E(latest)}</th></tr></thead><tbody>

            """);
        foreach (var row in content.Highlights.AdverseEvents)
        {
            html.Append("<tr><td>").Append(E(row.Term)).Append("</td>").Append(CountCell(row.Period)).Append(CountCell(row.LatestBucket)).Append("</tr>\n");
        }

        html.Append("""
            </tbody></table>
            <p class="note">Posts that mention the term together with adverse-event language (e.g. "stopped because of", "developed"). These are conversation counts, not individual case safety reports; Sermo cannot identify or contact the reporter or patient.</p>
            </section>

            """);
    }

    private static void Excerpts(StringBuilder html, ReportContent content)
    {
        if (content.Excerpts.Count == 0)
        {
            return;
        }

        html.Append("<section id=\"excerpts\">\n<h2>What physicians are saying</h2>\n");
        foreach (var term in content.Excerpts)
        {
            html.Append("<section class=\"excerpts-term\">\n<h3>").Append(E(term.Term)).Append("</h3>\n");
            if (term.Excerpts.Count == 0)
            {
                html.Append("<p class=\"empty\">No excerpt from a shown period.</p>\n");
            }

            foreach (var excerpt in term.Excerpts)
            {
                // Only the month: a day next to a quote narrows who could have written it.
                html.Append(CultureInfo.InvariantCulture, $"<blockquote>{E(excerpt.Text)}<span class=\"when\">{excerpt.Day:MMMM yyyy}</span></blockquote>\n");
            }

            html.Append("</section>\n");
        }

        html.Append("<p class=\"note\">Newest first, from periods shown in the heat map only; identifiers were replaced before storage ([NAME], [DATE] …).</p>\n</section>\n");
    }

    private static string CountCell(int? count) =>
        count is null ? "<td class=\"num withheld\">withheld</td>" : $"<td class=\"num\">{N(count)}</td>";

    private static string N(int? value) => value?.ToString("N0", CultureInfo.InvariantCulture) ?? "—";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
