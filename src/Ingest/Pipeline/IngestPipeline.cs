using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sermo.Analytics.Posts;
using Sermo.Analytics.Tagging;
using Sermo.Ingest.DeadLetters;
using Sermo.Ingest.Sources;
using Sermo.Storage.Ingestion;
using Sermo.Storage.Search;

namespace Sermo.Ingest.Pipeline;

/// <summary>
/// read → validate → anonymize → enrich → upsert for one source, as three overlapped stages: the reader parses the
/// source into batches, each batch is enriched on its own thread-pool thread (at most one per core at once), and a
/// single writer commits them in read order, each in one transaction with the source's checkpoint. A bounded channel
/// between reader and writer keeps memory flat whatever the source's size.
/// </summary>
public sealed class IngestPipeline(
    PostEnricher enricher,
    IIngestStore store,
    IOptions<IngestOptions> options,
    ILogger<IngestPipeline> logger,
    ISearchIndex? searchIndex = null,
    ISearchBacklog? searchBacklog = null)
{
    private readonly int _batchSize = options.Value.BatchSize;
    private readonly bool _prepareRowsOffWriter = options.Value.PrepareRowsOffWriter;

    // At most one enrichment per core at once (decision 060): the batches read ahead wait for a slot in read order
    // instead of all running together, so the writer, the serial stage, is not one thread among five or more for two
    // cores, and only the batches being enriched hold their intermediate results at a time.
    private readonly SemaphoreSlim _enrichSlots = new(Environment.ProcessorCount, Environment.ProcessorCount);

    /// <summary>
    /// True when committed changes go through the search backlog to a separate index: a writer other than ingest (the
    /// re-tags) queues the posts it changes, then calls <see cref="ReplaySearchBacklogAsync"/>.
    /// </summary>
    public bool QueuesForSearch => ExternalIndex is not null && searchBacklog is not null;

    /// <summary>A separate search engine (PostgreSQL, Elasticsearch) that must be told about each committed change.</summary>
    private ISearchIndex? ExternalIndex => searchIndex is { ReadsPostStore: false } ? searchIndex : null;

    /// <summary>
    /// Pushes what an earlier run committed but the external index never confirmed (a crash or an index outage
    /// between the two), from the store's current state. Returns how many backlog entries it cleared.
    /// </summary>
    public async Task<long> ReplaySearchBacklogAsync(CancellationToken cancellationToken)
    {
        if (ExternalIndex is not { } index || searchBacklog is null)
        {
            return 0;
        }

        long cleared = 0;
        while (await searchBacklog.ReadAsync(_batchSize, cancellationToken) is { } pending)
        {
            await PushAsync(index, pending.Upserts, pending.DeletedPostIds, pending.OptedOutAuthorKeys, cancellationToken);
            await searchBacklog.AcknowledgeAsync(pending.Range, cancellationToken);
            cleared += pending.Range.Through - pending.Range.From + 1;
        }

        return cleared;
    }

    public Task<IngestRunSummary> RunAsync(IPostSource source, IProgress<IngestProgress>? progress, CancellationToken cancellationToken) =>
        RunAsync(source, null, progress, cancellationToken);

    /// <param name="lease">The lease the source is read under; every batch commits only while it is still this host's.</param>
    public async Task<IngestRunSummary> RunAsync(IPostSource source, SourceLease? lease, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var checkpoint = await store.GetCheckpointAsync(source.Name, cancellationToken);
        var handles = await source.GetKnownHandlesAsync(cancellationToken);
        var runs = new DeadLetterRuns(options.Value.DeadLetterRowsPerSource);
        // Batches in read order, each one's enrichment already running on the thread pool: the reader runs at most
        // EnrichAhead batches ahead of the writer, which bounds memory whatever the size of the source.
        var batches = Channel.CreateBounded<Task<EnrichedBatch>>(new BoundedChannelOptions(EnrichAhead) { SingleReader = true, SingleWriter = true });
        // The reader stops with the run (a shutdown) or when the writer fails; writerGone tells it nobody will commit.
        using var reading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var writerGone = new CancellationTokenSource();
        var reader = ReadAsync(source, checkpoint, handles, batches.Writer, reading.Token, writerGone.Token);

        var summary = IngestRunSummary.Empty;
        try
        {
            var idleSince = Stopwatch.GetTimestamp();
            // Not cancellable: on a shutdown the reader stops and completes the channel with the cancellation after
            // handing over what it read, so everything read is committed with its checkpoint before the cancellation
            // propagates and a restart resumes right after it.
            while (await batches.Reader.WaitToReadAsync(CancellationToken.None))
            {
                while (batches.Reader.TryRead(out var enriching))
                {
                    var enriched = await enriching;
                    summary = summary.Add(await CommitAsync(enriched, lease, runs, Stopwatch.GetElapsedTime(idleSince), cancellationToken));
                    idleSince = Stopwatch.GetTimestamp();
                    progress?.Report(new IngestProgress(source.Name, summary.Read, summary.Ingested, summary.DeadLettered));
                }
            }
        }
        catch
        {
            await writerGone.CancelAsync();
            await reading.CancelAsync();
            await reader;
            throw;
        }

        await reader;
        // Only a run that committed something grew the log.
        if (summary.Read > 0)
        {
            await store.CheckpointAsync(cancellationToken);
        }

        return summary;
    }

    /// <summary>Batches read ahead of the writer: enough to keep every enrichment slot busy while it commits.</summary>
    private static int EnrichAhead => Environment.ProcessorCount + 1;

    /// <summary>
    /// Reads the source into batches and starts each one's enrichment as soon as it is full. Never throws: a failure
    /// or a shutdown completes the channel with its exception after handing over the items already read.
    /// </summary>
    private async Task ReadAsync(
        IPostSource source, string? checkpoint, IReadOnlyCollection<string> handles, ChannelWriter<Task<EnrichedBatch>> writer,
        CancellationToken reading, CancellationToken writerGone)
    {
        await Task.Yield();
        var items = new List<SourceItem>(_batchSize);
        Task<EnrichedBatch>? unsent = null;
        try
        {
            var started = Stopwatch.GetTimestamp();
            await foreach (var item in source.ReadAsync(checkpoint, reading))
            {
                reading.ThrowIfCancellationRequested();
                items.Add(item);
                if (items.Count == _batchSize)
                {
                    unsent = StartEnriching(source.Name, items, handles, Stopwatch.GetElapsedTime(started));
                    items = new List<SourceItem>(_batchSize);
                    await writer.WriteAsync(unsent, reading);
                    unsent = null;
                    started = Stopwatch.GetTimestamp();
                }
            }

            if (items.Count > 0)
            {
                await writer.WriteAsync(StartEnriching(source.Name, items, handles, Stopwatch.GetElapsedTime(started)), reading);
            }

            writer.Complete();
        }
        catch (Exception ex)
        {
            await HandOverAsync(source.Name, unsent, items, handles, writer, writerGone, ex);
            writer.Complete(ex);
        }
    }

    /// <summary>
    /// Drain: what was already read is enriched and committed with its checkpoint before the error or the shutdown
    /// propagates, unless the writer is gone (then the checkpoint still points before these items).
    /// </summary>
    private async Task HandOverAsync(
        string source, Task<EnrichedBatch>? unsent, List<SourceItem> items, IReadOnlyCollection<string> handles,
        ChannelWriter<Task<EnrichedBatch>> writer, CancellationToken writerGone, Exception reason)
    {
        if (unsent is null && items.Count == 0)
        {
            return;
        }

        logger.LogWarning(reason, "Ingest of {Source} stopped; committing the {Pending} records already read", source, (unsent is null ? 0 : _batchSize) + items.Count);
        try
        {
            if (unsent is not null)
            {
                await writer.WriteAsync(unsent, writerGone);
            }

            if (items.Count > 0)
            {
                await writer.WriteAsync(StartEnriching(source, items, handles, TimeSpan.Zero), writerGone);
            }
        }
        catch (OperationCanceledException) when (writerGone.IsCancellationRequested)
        {
            // The writer failed first; its exception is the one the run reports.
        }
    }

    private Task<EnrichedBatch> StartEnriching(string source, List<SourceItem> items, IReadOnlyCollection<string> handles, TimeSpan reading)
    {
        // The slot is asked for here, on the reader's thread, and SemaphoreSlim grants waiters in the order they
        // asked: slots go in read order, so the batch the writer awaits next is never overtaken by later ones.
        var slot = _enrichSlots.WaitAsync(CancellationToken.None);
        return Task.Run(
            async () =>
            {
                await slot;
                try
                {
                    return Enrich(source, items, handles, reading);
                }
                finally
                {
                    _enrichSlots.Release();
                }
            },
            CancellationToken.None);
    }

    /// <summary>Validate, scrub, tag, score and key one batch; CPU-bound, one thread per batch, several batches at once.</summary>
    private EnrichedBatch Enrich(string source, List<SourceItem> items, IReadOnlyCollection<string> handles, TimeSpan reading)
    {
        var started = Stopwatch.GetTimestamp();
        var meter = StageMeter.Start();
        var upserts = new List<TaggedPost>(items.Count);
        var deadLetters = new List<DeadLetter>();
        var deleted = new List<string>();
        var optedOut = new List<string>();
        var read = 0;
        var clock = new EnrichClock();
        foreach (var item in items)
        {
            read += item is CursorAdvance ? 0 : 1;
            switch (item)
            {
                case IncomingPost incoming:
                    var (post, rejected) = enricher.Enrich(source, incoming, handles, clock);
                    if (post is not null)
                    {
                        upserts.Add(post);
                    }

                    if (rejected is not null)
                    {
                        deadLetters.Add(rejected);
                    }

                    break;
                case RejectedRecord bad:
                    deadLetters.Add(new DeadLetter(source, bad.Position, bad.Reason, bad.Detail, bad.Excerpt));
                    break;
                case PostRemoval removal:
                    deleted.Add(removal.PostId);
                    break;
                case AuthorRemoval author:
                    optedOut.Add(enricher.AuthorKey(source, author.AuthorRef));
                    break;
            }
        }

        // The learned models score the batch's posts in one pass each, after the per-post steps.
        var classifying = EnrichClock.Start();
        var scored = enricher.ApplyModels(upserts);
        clock.AddClassify(classifying);
        var batch = new IngestBatch(source, items.Count > 0 ? items[^1].Checkpoint : null, scored, deleted, optedOut, deadLetters)
        {
            QueueForSearch = QueuesForSearch,
        };
        // By default the writer derives the rows' values itself (once a post; decision 075): prepared here they wait
        // in the queue and survive into older generations. The option moves them here, off the writer (decision 067).
        batch = _prepareRowsOffWriter ? batch.WithPreparedRows() : batch;
        var cost = meter.TryStop(out var enriching) ? enriching : default;
        return new EnrichedBatch(batch, read, reading, Stopwatch.GetElapsedTime(started), clock, cost);
    }

    /// <summary>
    /// Sends committed changes to the external index. Posts the index refuses for good (a mapping failure) become
    /// dead letters with the engine's reason instead of failing the push: replaying them would fail the same way.
    /// An outage throws, and the backlog keeps the whole batch.
    /// </summary>
    private async Task PushAsync(
        ISearchIndex index, IReadOnlyList<TaggedPost> upserts, IReadOnlyList<string> deletedPostIds, IReadOnlyList<string> optedOutAuthorKeys, CancellationToken ct)
    {
        var outcome = await index.IndexAsync(upserts, ct);
        await index.DeleteAsync(deletedPostIds, ct);
        await index.DeleteByAuthorAsync(optedOutAuthorKeys, ct);
        if (outcome.Refused.Count == 0)
        {
            return;
        }

        var letters = outcome.Refused
            .Select(r => new DeadLetter(RefusedPost.DeadLetterSource, r.PostId, RefusedPost.DeadLetterReason, r.Reason, null))
            .ToList();
        await store.CommitAsync(new IngestBatch(RefusedPost.DeadLetterSource, null, [], [], [], letters), ct);
        foreach (var letter in letters)
        {
            logger.LogWarning("Dead letter from {Source} at {Position}: {Reason}: {Detail}", letter.Source, letter.Position, letter.Reason, letter.Detail);
        }
    }

    /// <summary>
    /// Stores <paramref name="items"/>, records re-read from <paramref name="source"/> for dead-letter rows
    /// <paramref name="replaying"/>, in one transaction that also marks those rows replayed. The source's checkpoint does
    /// not move, and posts stored since are never overwritten: a replay only recovers what was refused.
    /// </summary>
    public async Task<IngestRunSummary> ReplayAsync(
        IPostSource source, IReadOnlyList<SourceItem> items, IReadOnlyList<long> replaying, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var handles = await source.GetKnownHandlesAsync(cancellationToken);
        var enriched = await StartEnriching(source.Name, [.. items], handles, TimeSpan.Zero);
        var refused = enriched.Batch.DeadLetters.Sum(d => d.Records);
        var batch = enriched.Batch with
        {
            Checkpoint = null,
            InsertOnly = true,
            ReplayedDeadLetters = replaying,
            ReplayOutcome = $"re-read {enriched.Read:N0} records: {enriched.Batch.Upserts.Count:N0} accepted, {refused:N0} refused again",
        };
        var runs = new DeadLetterRuns(options.Value.DeadLetterRowsPerSource);
        return await CommitAsync(enriched with { Batch = batch }, null, runs, TimeSpan.Zero, cancellationToken);
    }

    /// <summary>
    /// The single writer's step: one transaction with the checkpoint, then the external index if there is one. The
    /// batch's rejections are folded into the run's dead-letter rows here, in read order (decision 018).
    /// </summary>
    private async Task<IngestRunSummary> CommitAsync(EnrichedBatch enriched, SourceLease? lease, DeadLetterRuns runs, TimeSpan waited, CancellationToken ct)
    {
        var rejected = enriched.Batch.DeadLetters;
        var batch = enriched.Batch with { Lease = lease, DeadLetters = runs.Fold(rejected) };
        var started = Stopwatch.GetTimestamp();
        var meter = StageMeter.Start();
        // Not cancellable: a batch that was read is committed (see RunAsync); one transaction takes milliseconds.
        var outcome = await store.CommitAsync(batch, CancellationToken.None);
        var storing = Stopwatch.GetElapsedTime(started);
        var measured = meter.TryStop(out var storeCost);

        foreach (var row in batch.DeadLetters)
        {
            logger.LogWarning("Dead letters from {Source} at {Position}..{LastPosition} ({Records} records): {Reason}: {Detail}",
                row.Source, row.Position, row.LastPosition ?? row.Position, row.Records, row.Reason, row.Detail);
        }

        var tags = new Dictionary<EntityType, int>();
        foreach (var entity in batch.Upserts.SelectMany(p => p.Entities))
        {
            tags[entity.Type] = tags.GetValueOrDefault(entity.Type) + 1;
        }

        // Committed: the items are done even if the push below fails (the backlog then holds them for a replay).
        if (ExternalIndex is { } index)
        {
            // The committed batch goes to the external index from memory; only once it is there is its backlog entry
            // cleared. If this push fails, the entry stays and the next cycle replays it from the store.
            await PushAsync(index, batch.Upserts, batch.DeletedPostIds, batch.OptedOutAuthorKeys, ct);
            if (outcome.SearchBacklog is { } range)
            {
                await searchBacklog!.AcknowledgeAsync(range, ct);
            }
        }

        return new IngestRunSummary(
            enriched.Read, outcome.Inserted, outcome.Updated, outcome.Unchanged, outcome.Deleted, rejected.Sum(d => d.Records),
            batch.Upserts.Sum(p => p.Redactions), tags,
            rejected.GroupBy(d => d.Reason).ToDictionary(g => g.Key, g => g.Sum(d => d.Records)))
        {
            Stages = new IngestStageTimes(
                enriched.Reading, enriched.Steps.Scrub, enriched.Steps.Tag, enriched.Steps.Classify, enriched.Enriching, storing, waited)
            {
                Costs = new IngestStageCosts(
                    enriched.Steps.ScrubCost, enriched.Steps.TagCost, enriched.Steps.ClassifyCost, enriched.EnrichCost, storeCost, measured ? 0 : 1),
            },
        };
    }
}
