using Microsoft.Extensions.Options;
using Sermo.Analytics.Disclosure;
using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Posts;
using Sermo.Reports.Emerging;
using Sermo.Analytics.Mnpi;
using Sermo.Reports.Outbox;
using Sermo.Reports.Rendering;
using Sermo.Reports.Rerendering;
using Sermo.Storage.Clients;
using Sermo.Storage.Cube;
using Sermo.Storage.Excerpts;
using Sermo.Storage.ReportRuns;

namespace Sermo.Reports.Schedules;

/// <summary>
/// Runs one client report: reads the client's cube slice (all members, or split by the definition's segment),
/// releases it through the client's noise with its k (<see cref="HeatMapRelease"/>), builds the heat map from the
/// released counts only, picks excerpts from shown cells of its top rows, adds the last whole week's emerging topics
/// in the client's areas (<see cref="EmergingTopicFinder"/>), publishes the definition's formats to its
/// outbox, and records the run (success with any format left out, or the failure) in the run history.
/// </summary>
public sealed class ClientReportRunner(
    IHeatMapCube cube,
    IPostExcerpts excerpts,
    IReportRunLog runLog,
    ReportWriter writer,
    ReleaseNoiseKeys noiseKeys,
    EmergingTopicFinder emerging,
    TimeProvider time,
    IOptions<ReportOptions> options)
{
    /// <summary>A run asked for by hand (CLI, demo): always runs, reporting the period that ends with <paramref name="asOf"/>.</summary>
    public async Task<ReportRun> RunAsync(ClientRecord client, ReportDefinition report, DateOnly asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(report);
        var period = PeriodEndingAt(asOf, report.Interval, report.Buckets);
        var runId = await runLog.StartAsync(client.ClientId, report.Id, period.Label, time.GetUtcNow(), cancellationToken);
        return await PublishAsync(runId, client, report, period, cancellationToken);
    }

    /// <summary>
    /// An operator's run whose period includes a bucket still open (docs/privacy.md P13): written under
    /// <see cref="ReportOptions.InternalPath"/>, outside the outbox the client API and portal read, marked
    /// <see cref="ReportContent.InternalMark"/> in every format, and recorded in the history with that mark. Its quotes are
    /// not recorded for re-rendering: it is never served, so nothing is ever withdrawn from it.
    /// </summary>
    public async Task<ReportRun> RunInternalAsync(ClientRecord client, ReportDefinition report, DateOnly asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(report);
        var root = InternalRoot();
        var period = PeriodEndingAt(asOf, report.Interval, report.Buckets);
        var runId = await runLog.StartAsync(client.ClientId, report.Id, period.Label, time.GetUtcNow(), cancellationToken);
        try
        {
            var (heatMap, rows) = await HeatMapAsync(client, report, period, cancellationToken);
            var quiet = client.Watchlist.Embargo is { } embargo && embargo.IsQuiet(period.From, period.To) ? embargo : null;
            var sections = await ExcerptsAsync(report.Segment, rows, heatMap, quiet, cancellationToken);
            var excerpts = sections.Select(s => new TermExcerpts(s.Term, s.Quotes.Select(q => new PostExcerpt(q.Day, q.Text)).ToArray())).ToArray();
            var content = new ReportContent(heatMap, client.Name, report.Id, period, time.GetUtcNow(), excerpts) { InternalOnly = true };
            var run = await writer.WriteAsync(root, client.ClientId, content, report.EffectiveFormats, cancellationToken);
            await runLog.FinishAsync(runId, ReportRunStatus.Succeeded, $"{ReportContent.InternalMark}: {run.Folder}", null, time.GetUtcNow(), CancellationToken.None);
            return run;
        }
        catch (Exception ex)
        {
            await runLog.FinishAsync(runId, ReportRunStatus.Failed, $"{ex.GetType().Name}: {ex.Message}", null, time.GetUtcNow(), CancellationToken.None);
            throw;
        }
    }

    /// <summary>The internal runs' root, refused when unset or inside the outbox (where the client API would find it).</summary>
    private string InternalRoot()
    {
        var root = options.Value.InternalPath;
        if (string.IsNullOrWhiteSpace(root))
        {
            throw new InvalidOperationException("Reports:InternalPath is not set, so an internal run has nowhere to go but the outbox.");
        }

        var outbox = Path.GetFullPath(options.Value.OutboxPath) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(root) + Path.DirectorySeparatorChar;
        return full.StartsWith(outbox, StringComparison.Ordinal) || outbox.StartsWith(full, StringComparison.Ordinal)
            ? throw new InvalidOperationException("Reports:InternalPath must be outside Reports:OutboxPath: clients read everything in the outbox.")
            : Path.GetFullPath(root);
    }

    /// <summary>
    /// The run of one scheduled occurrence, reporting the period of <see cref="OccurrencePeriod"/>. Null when the occurrence already ran (or is running) on this or another host: client, report and
    /// occurrence are the idempotency key.
    /// </summary>
    public async Task<ReportRun?> RunOccurrenceAsync(
        ClientRecord client, ReportDefinition report, DateTimeOffset occurrence, TimeSpan runningLease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(report);
        var period = OccurrencePeriod(report, occurrence);
        var runId = await runLog.ClaimOccurrenceAsync(client.ClientId, report.Id, period.Label, occurrence, time.GetUtcNow(), runningLease, cancellationToken);
        return runId is { } id ? await PublishAsync(id, client, report, period, cancellationToken) : null;
    }

    private async Task<ReportRun> PublishAsync(long runId, ClientRecord client, ReportDefinition report, ReportPeriod period, CancellationToken cancellationToken)
    {
        try
        {
            var (heatMap, rows) = await HeatMapAsync(client, report, period, cancellationToken);
            var quiet = client.Watchlist.Embargo is { } embargo && embargo.IsQuiet(period.From, period.To) ? embargo : null;
            var sections = await ExcerptsAsync(report.Segment, rows, heatMap, quiet, cancellationToken);
            var terms = sections.Select(s => s.Term).ToArray();
            var quotes = sections
                .SelectMany((section, term) => section.Quotes.Select((q, position) => new ReportQuote(term, position, q.PostId, q.Day, q.Text)))
                .ToArray();
            // Only the HTML (and the PDF printed from it) shows the section: other runs skip reading nine weeks of posts.
            var newTopics = report.EffectiveFormats.Any(f => f is ReportFormats.Html or ReportFormats.Pdf)
                ? await emerging.ForClientAsync(
                    client, EmergingTopicFinder.LastWholeWeek(period.To), noiseKeys.For(client.ClientId), options.Value.EmergingTopics, cancellationToken)
                : [];
            var draft = new ReportContent(heatMap, client.Name, report.Id, period, time.GetUtcNow(), StoredReportContent.Excerpts(terms, quotes))
            {
                NewInConversation = newTopics,
            };

            // What the run shows and quotes is recorded before anything is published, so a deletion from here on
            // marks it stale; a quote whose post is already gone is left out.
            var renderId = Guid.NewGuid().ToString("N");
            var outbox = options.Value.OutboxPath;
            var kept = await runLog.SaveInputsAsync(runId, renderId, OutboxPaths.Relative(outbox, writer.FolderFor(client.ClientId, draft)), report.EffectiveFormats,
                StoredReportContent.Serialize(draft, sections.Select(s => s.Source).ToArray()), quotes, cancellationToken);
            var content = draft with { Excerpts = StoredReportContent.Excerpts(terms, kept) };
            var run = await writer.WriteAsync(outbox, client.ClientId, content, report.EffectiveFormats, new ReportStamp(renderId), cancellationToken);
            var note = run.Skipped.Count == 0 ? null : string.Join(" ", run.Skipped.Select(s => $"{s.Format} not written: {s.Reason}"));
            await runLog.FinishAsync(runId, ReportRunStatus.Succeeded, note, OutboxPaths.Relative(outbox, run.Folder), time.GetUtcNow(), CancellationToken.None);
            return run;
        }
        catch (Exception ex)
        {
            // Recorded even when cancelled, so the history never shows a run as still going; the caller sees the original error.
            await runLog.FinishAsync(runId, ReportRunStatus.Failed, $"{ex.GetType().Name}: {ex.Message}", null, time.GetUtcNow(), CancellationToken.None);
            throw;
        }
    }

    /// <summary>
    /// The period a scheduled occurrence reports: the report's buckets ending with the one that holds the occurrence's
    /// day in the report's time zone, but never a bucket that had not ended and settled when the occurrence fell
    /// (<see cref="TimeBuckets.LastSettledDay"/>, docs/privacy.md P13). A run early in a bucket used to release that open
    /// bucket, and the next run released it again with more posts: whether its numbers moved told whether posts came
    /// after the first run.
    /// </summary>
    public static ReportPeriod OccurrencePeriod(ReportDefinition report, DateTimeOffset occurrence)
    {
        ArgumentNullException.ThrowIfNull(report);
        var local = report.Schedule().LocalDay(occurrence);
        var settled = TimeBuckets.LastSettledDay(occurrence, report.Interval);
        return PeriodEndingAt(local < settled ? local : settled, report.Interval, report.Buckets);
    }

    /// <summary>The <paramref name="buckets"/> whole buckets ending with the one that contains <paramref name="asOf"/>.</summary>
    public static ReportPeriod PeriodEndingAt(DateOnly asOf, BucketInterval interval, int buckets)
    {
        var last = TimeBuckets.BucketStart(asOf, interval);
        var first = last;
        for (var i = 1; i < buckets; i++)
        {
            first = TimeBuckets.BucketStart(first.AddDays(-1), interval);
        }

        return new ReportPeriod(first, TimeBuckets.BucketEnd(last, interval));
    }

    /// <summary>
    /// The segment values a segmented report releases rows for: the definition's values in order, else every value a
    /// member's field may take (<see cref="MemberSegments"/>), never "the values that have data", which would tell a
    /// client that a segment had a mention of a watched term before any noise (docs/privacy.md, P2).
    /// </summary>
    public static IReadOnlyList<string> SegmentValues(ReportDefinition report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.SegmentValues is { Count: > 0 } listed ? listed
            : report.Segment == SegmentBy.State ? MemberSegments.States
            : MemberSegments.Specialties;
    }

    /// <summary>
    /// The released heat map of the period and its rows: a row per term, or with a segment a row per term and segment
    /// value (the definition's values in order, else every listed value with a shown cell or total).
    /// </summary>
    private async Task<(HeatMap Map, IReadOnlyList<HeatMapRow> Rows)> HeatMapAsync(ClientRecord client, ReportDefinition report, ReportPeriod period, CancellationToken cancellationToken)
    {
        var slice = await cube.GetSliceAsync(client.ClientId, report.Interval, period.From, period.To, report.Segment, cancellationToken);
        var noise = noiseKeys.For(client.ClientId);
        if (report.Segment == SegmentBy.None)
        {
            var rows = HeatMapRow.For(TrialEmbargo.Visible(client.Watchlist, period.From, period.To));
            return (HeatMapBuilder.Build(HeatMapRelease.Release(slice, rows, noise, client.K)), rows);
        }

        var segmented = HeatMapRow.BySegment(TrialEmbargo.Visible(client.Watchlist, period.From, period.To), SegmentValues(report));
        var released = HeatMapRelease.Release(slice, segmented, noise, client.K);
        if (report.SegmentValues is not { Count: > 0 })
        {
            // Every listed value was released, with or without data, so which rows have a shown cell or total is read
            // off released values alone and dropping the rest reveals nothing new.
            released = released.WithoutEmptyRows();
        }

        var kept = released.Rows.Select(r => r.Label).ToHashSet(StringComparer.Ordinal);
        return (HeatMapBuilder.Build(released), segmented.Where(r => kept.Contains(r.Label)).ToList());
    }

    /// <summary>
    /// Excerpts for the most-mentioned rows whose total is shown (privacy rule P5). A row quotes the oldest posts of one
    /// cell only, its shown cell with the most released mentions if that reaches twice k (<see cref="QuotedCell"/>), and
    /// every quote is dated by that cell, not by its post: quoting across cells (newest first, dated by month) let a
    /// client count the quotes a small newest cell contributed, and a re-run after new posts say how many arrived. A row
    /// gets its full number of quotes or none: two quotes where three were asked for would say that exactly two exist.
    /// </summary>
    private async Task<IReadOnlyList<(string Term, IReadOnlyList<PostQuote> Quotes, ExcerptSource? Source)>> ExcerptsAsync(
        SegmentBy segment, IReadOnlyList<HeatMapRow> rows, HeatMap heatMap, TrialEmbargo? quiet, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.ExcerptTerms == 0 || settings.ExcerptsPerTerm == 0)
        {
            return [];
        }

        var topRows = heatMap.RowTotals
            .Select((total, index) => (total, index))
            .Where(x => !x.total.Suppressed && x.total.Mentions > 0)
            .OrderByDescending(x => x.total.Mentions).ThenBy(x => x.index)
            .Take(settings.ExcerptTerms);
        var result = new List<(string Term, IReadOnlyList<PostQuote> Quotes, ExcerptSource? Source)>();
        foreach (var (total, index) in topRows)
        {
            if (QuotedCell(heatMap, index) is not { } cell)
            {
                result.Add((total.Term, [], null));
                continue;
            }

            var found = await excerpts.FindAsync(rows[index].Term.Matches, [(cell.From, cell.To)], segment, rows[index].Segment, heatMap.ClientId, settings.ExcerptsPerTerm, cancellationToken);
            // In a quiet window a quote naming an embargoed ticker or product is dropped (and with it the row's quotes).
            var quotes = quiet is null ? found : found.Where(q => !quiet.Names(q.Text)).ToList();
            var full = quotes.Count == settings.ExcerptsPerTerm;
            var source = full
                ? new ExcerptSource(rows[index].Term.Matches, segment, rows[index].Segment, cell.Bucket, cell.From, cell.To, settings.ExcerptsPerTerm, quiet is not null)
                : null;
            result.Add((total.Term, full ? quotes.Select(q => q with { Day = cell.Bucket }).ToList() : [], source));
        }

        return result;
    }

    /// <summary>
    /// The one cell a row quotes from: its shown cell with the most released mentions (the latest on a tie), if those
    /// reach twice the report's k, so that a shown cell with fewer true posts than quotes (which would leave the row
    /// without quotes and so say it is small) takes noise of about 3.5 standard deviations. Chosen from released
    /// values only; null when no cell qualifies.
    /// </summary>
    public static (DateOnly Bucket, DateOnly From, DateOnly To)? QuotedCell(HeatMap heatMap, int termIndex)
    {
        var best = heatMap.Row(termIndex)
            .Where(c => !c.Suppressed && c.Mentions >= 2 * heatMap.K)
            .OrderByDescending(c => c.Mentions).ThenByDescending(c => c.Bucket)
            .FirstOrDefault();
        if (best is null)
        {
            return null;
        }

        var end = TimeBuckets.BucketEnd(best.Bucket, heatMap.Interval);
        return (best.Bucket, best.Bucket < heatMap.From ? heatMap.From : best.Bucket, end > heatMap.To ? heatMap.To : end);
    }
}
