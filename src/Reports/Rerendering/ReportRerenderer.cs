using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sermo.Reports.Outbox;
using Sermo.Reports.Schedules;
using Sermo.Storage.Excerpts;
using Sermo.Storage.ReportRuns;

namespace Sermo.Reports.Rerendering;

/// <summary>
/// Privacy rule 3 for past reports: renders a stale run again from its stored inputs, leaving out every quote whose
/// post was deleted (by its author, or because the author opted out), and publishes it over the same folder the way
/// every run is published (staging folder, then a rename), with a manifest that says when and why. Until that rename
/// the old folder stays as it was and the run stays stale, so a re-render killed half-way is simply done again.
/// A row keeps the release's "all quotes or none" rule (docs/privacy.md P5, decision 105): a section that lost a quote
/// is refilled with the oldest posts of the same cell, as its first rendering chose them, or shows none when the cell
/// has too few left; "two quotes" would tell the client that one was withdrawn and that the row's cell held exactly three.
/// </summary>
public sealed class ReportRerenderer(
    IReportRunLog runLog, ReportWriter writer, IPostExcerpts excerpts, TimeProvider time, IOptions<ReportOptions> options, ILogger<ReportRerenderer> logger)
{
    /// <summary>What the manifest says; it names no post and no member.</summary>
    public const string Reason = "An excerpt was removed because its author deleted the post or opted out of analytics; everything else is as first published.";

    private readonly ConcurrentDictionary<long, SemaphoreSlim> _gates = new();

    /// <summary>Every stale run of the client (or of every client); returns how many were re-rendered.</summary>
    public async Task<int> RerenderStaleAsync(string? clientId, CancellationToken cancellationToken)
    {
        var done = 0;
        foreach (var inputs in await runLog.ListStaleAsync(clientId, cancellationToken))
        {
            done += await RerenderAsync(inputs, cancellationToken) ? 1 : 0;
        }

        return done;
    }

    /// <summary>
    /// Re-renders the run <paramref name="stale"/> was read from if it is still stale once this caller holds the run's
    /// gate (its inputs are read again there); false when it was current by then.
    /// </summary>
    public async Task<bool> RerenderAsync(ReportRunInputs stale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stale);
        // Two readers of one stale report in this process: the second waits and then finds it current.
        var gate = _gates.GetOrAdd(stale.RunId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            var inputs = await runLog.FindInputsAsync(stale.ClientId, stale.RenderId, cancellationToken);
            if (inputs is not { Stale: true })
            {
                return false;
            }

            var stored = StoredReportContent.Deserialize(inputs.ContentJson);
            var content = stored.WithQuotes(await FullSectionsAsync(inputs, stored, cancellationToken));
            var outboxRoot = options.Value.OutboxPath;
            var folder = OutboxPaths.Resolve(outboxRoot, inputs.Folder) ?? throw new InvalidDataException($"Report folder '{FolderLogName(inputs.Folder)}' is not in the outbox.");
            var at = time.GetUtcNow();
            var run = await writer.WriteAsync(outboxRoot, inputs.ClientId, content, inputs.Formats, new ReportStamp(inputs.RenderId, at, Reason), cancellationToken);
            if (!string.Equals(Path.GetFullPath(run.Folder), folder, StringComparison.Ordinal))
            {
                throw new InvalidDataException($"Re-render of run {inputs.RunId} went to {run.Folder}, not {folder}.");
            }

            // Only the removals it saw: a post deleted while it rendered keeps the run stale for the next read.
            await runLog.MarkRerenderedAsync(inputs.RunId, inputs.Removals, at, CancellationToken.None);
            // The folder is named after the report id, so the log names the report by its log name (decision 105).
            logger.LogInformation("Re-rendered report {Report} of client {ClientId}, run {RunId}, without withdrawn excerpts", ReportLogName.For(inputs.ReportId), inputs.ClientId, inputs.RunId);
            return true;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// The quotes to render: a section that still has every quote it showed is kept; one that lost any is refilled from
    /// its cell's oldest posts (the withdrawn ones are gone from the store) and recorded, or left empty when the cell has
    /// too few posts left, it was quoted in an embargo's quiet window, or the run predates recorded sources.
    /// </summary>
    private async Task<IReadOnlyList<ReportQuote>> FullSectionsAsync(ReportRunInputs inputs, StoredReportContent stored, CancellationToken cancellationToken)
    {
        var result = new List<ReportQuote>();
        for (var term = 0; term < stored.ExcerptTerms.Count; term++)
        {
            var left = inputs.Quotes.Where(q => q.TermIndex == term).ToList();
            var source = stored.ExcerptSources is { } sources && term < sources.Count ? sources[term] : null;
            var shown = source?.Count ?? options.Value.ExcerptsPerTerm;
            if (left.Count == shown)
            {
                result.AddRange(left);
                continue;
            }

            if (source is null || source.Quiet)
            {
                continue; // nothing to refill from: the row shows no quotes, as a row that never had any
            }

            var found = await excerpts.FindAsync(source.Matches, [(source.From, source.To)], source.Segment, source.SegmentValue, inputs.ClientId, source.Count, cancellationToken);
            if (found.Count < source.Count)
            {
                continue;
            }

            var refill = found.Select((q, position) => new ReportQuote(term, position, q.PostId, source.Bucket, q.Text)).ToArray();
            var kept = await runLog.ReplaceSectionQuotesAsync(inputs.RunId, term, refill, cancellationToken);
            if (kept.Count == source.Count)
            {
                result.AddRange(kept);
            }
        }

        return result;
    }

    /// <summary>A stored folder name (<c>client/report-period</c>) as a log may carry it: the report's part by log name (decision 115).</summary>
    private static string FolderLogName(string stored)
    {
        var slash = stored.LastIndexOf('/');
        return stored[..(slash + 1)] + ReportLogText.FolderName(stored[(slash + 1)..]);
    }
}
