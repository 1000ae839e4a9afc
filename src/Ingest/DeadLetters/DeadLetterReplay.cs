using Microsoft.Extensions.Options;
using Sermo.Ingest.Anonymization;
using Sermo.Ingest.Pipeline;
using Sermo.Ingest.Sources;
using Sermo.Storage.Ingestion;

namespace Sermo.Ingest.DeadLetters;

/// <summary>What a replay of one row did.</summary>
/// <param name="Unrecoverable">Why nothing was replayed (the row stays open); null when it was.</param>
public sealed record ReplayResult(StoredDeadLetter Row, IngestRunSummary? Summary, string? Unrecoverable);

/// <summary>
/// The operator's tools after a fix (a raised limit, a repaired file, a scrubber that no longer fails): replay a
/// dead-letter row by reading its records again from where they came from and sending them through the pipeline; and
/// show what a row refused, as a scrubbed excerpt read from the original (never stored, never raw).
/// </summary>
public sealed class DeadLetterReplay(IngestPipeline pipeline, ForumFeedSource forum, PhiScrubber scrubber, IOptions<IngestOptions> options)
{
    /// <summary>Characters of scrubbed text <see cref="ExcerptAsync"/> shows.</summary>
    public const int ExcerptChars = 240;

    /// <summary>
    /// Replays one row in one transaction: the records stored now, those refused again as new rows, and the row marked
    /// replayed with what happened. A replay never moves a source's checkpoint and never overwrites a stored post.
    /// </summary>
    public async Task<ReplayResult> ReplayAsync(StoredDeadLetter row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.ReplayedAt is not null)
        {
            return new ReplayResult(row, null, $"already replayed {row.ReplayedAt:yyyy-MM-dd HH:mm:ss}Z");
        }

        var (origin, unrecoverable) = Resolve(row);
        if (origin is null)
        {
            return new ReplayResult(row, null, unrecoverable);
        }

        var items = new List<SourceItem>();
        await foreach (var item in origin.ReadAsync(cancellationToken))
        {
            items.Add(item);
        }

        return new ReplayResult(row, await pipeline.ReplayAsync(origin.Source, items, [row.Id], cancellationToken), null);
    }

    /// <summary>
    /// The first record's text as it would be stored (scrubbed, at most <see cref="ExcerptChars"/> characters), or why
    /// there is none: a record that never parsed has no text to show, only its file and line.
    /// </summary>
    public async Task<(string? Excerpt, string? Why)> ExcerptAsync(StoredDeadLetter row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        var (origin, unrecoverable) = Resolve(row);
        if (origin is null)
        {
            return (null, unrecoverable);
        }

        await foreach (var item in (origin with { Last = origin.First }).ReadAsync(cancellationToken))
        {
            if (item is not IncomingPost post)
            {
                return (null, "the record did not parse, so it has no text to show; the detail says what was wrong");
            }

            // A prefix is enough: only its start is shown, and an identifier cut at its end lies far past what is shown.
            var text = post.Text.Length <= ExcerptChars * 8 ? post.Text : post.Text[..(ExcerptChars * 8)];
            try
            {
                var scrubbed = scrubber.Scrub(text, await origin.Source.GetKnownHandlesAsync(cancellationToken)).Text;
                return (scrubbed.Length <= ExcerptChars ? scrubbed : scrubbed[..ExcerptChars] + "…", null);
            }
            catch (ScrubFailedException)
            {
                return (null, "the text cannot be scrubbed, so it is not shown");
            }
        }

        return (null, "the source no longer delivers this record (deleted, or its author opted out, since)");
    }

    private (DeadLetterOrigin? Origin, string? Unrecoverable) Resolve(StoredDeadLetter row) =>
        DeadLetterOrigin.Resolve(row, forum, options.Value.DropFolder, options.Value.MaxLineBytes, options.Value.RawRetentionDays);
}
