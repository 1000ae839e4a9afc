using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sermo.Analytics.Posts;
using Sermo.Analytics.Tagging;
using Sermo.Ingest.Sources;
using Sermo.Storage.Ingestion;
using Sermo.Storage.Search;

namespace Sermo.Ingest.Pipeline;

/// <summary>
/// read → validate → anonymize → enrich → upsert for one source. The reader runs ahead through a bounded
/// channel; each batch is enriched in parallel and committed in one transaction with the source's checkpoint.
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

    public async Task<IngestRunSummary> RunAsync(IPostSource source, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var checkpoint = await store.GetCheckpointAsync(source.Name, cancellationToken);
        var handles = await source.GetKnownHandlesAsync(cancellationToken);
        var channel = Channel.CreateBounded<SourceItem>(new BoundedChannelOptions(_batchSize * 2) { SingleReader = true, SingleWriter = true });
        // The reader stops with the consumer, whichever way the consumer ends.
        using var reading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = ProduceAsync(source, checkpoint, channel.Writer, reading.Token);

        var summary = IngestRunSummary.Empty;
        var batch = new List<SourceItem>(_batchSize);
        try
        {
            while (await channel.Reader.WaitToReadAsync(cancellationToken))
            {
                while (batch.Count < _batchSize && channel.Reader.TryRead(out var item))
                {
                    batch.Add(item);
                }

                if (batch.Count >= _batchSize)
                {
                    summary = summary.Add(await CommitAsync(source.Name, batch, handles, cancellationToken));
                    progress?.Report(new IngestProgress(source.Name, summary.Read, summary.Ingested, summary.DeadLettered));
                }
            }
        }
        catch (Exception ex) when (batch.Count > 0)
        {
            // Drain: what was already read is enriched and committed with its checkpoint before the error or the
            // shutdown propagates, so a restart resumes right after it.
            logger.LogWarning(ex, "Ingest of {Source} stopped after {Read} records; committing the {Pending} already read", source.Name, summary.Read, batch.Count);
            await reading.CancelAsync();
            await CommitAsync(source.Name, batch, handles, CancellationToken.None);
            throw;
        }
        catch
        {
            await reading.CancelAsync();
            throw;
        }

        if (batch.Count > 0)
        {
            summary = summary.Add(await CommitAsync(source.Name, batch, handles, cancellationToken));
            progress?.Report(new IngestProgress(source.Name, summary.Read, summary.Ingested, summary.DeadLettered));
        }

        await producer;
        // Only a run that committed something grew the log.
        if (summary.Read > 0)
        {
            await store.CheckpointAsync(cancellationToken);
        }

        return summary;
    }

    private static async Task ProduceAsync(IPostSource source, string? checkpoint, ChannelWriter<SourceItem> writer, CancellationToken ct)
    {
        await Task.Yield();
        try
        {
            await foreach (var item in source.ReadAsync(checkpoint, ct))
            {
                await writer.WriteAsync(item, ct);
            }

            writer.Complete();
        }
        catch (Exception ex)
        {
            writer.Complete(ex);
        }
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

    private async Task<IngestRunSummary> CommitAsync(string source, List<SourceItem> items, IReadOnlyCollection<string> handles, CancellationToken ct)
    {
        var posts = new TaggedPost?[items.Count];
        var rejected = new DeadLetter?[items.Count];
        // Scrubbing and tagging are CPU-bound and independent per post: use every core.
        Parallel.For(0, items.Count, new ParallelOptions { CancellationToken = ct }, i =>
        {
            switch (items[i])
            {
                case IncomingPost incoming:
                    (posts[i], rejected[i]) = enricher.Enrich(source, incoming, handles);
                    break;
                case RejectedRecord bad:
                    rejected[i] = new DeadLetter(source, bad.Position, bad.Reason, bad.Detail, bad.Excerpt);
                    break;
            }
        });

        var upserts = posts.OfType<TaggedPost>().ToList();
        var deadLetters = rejected.OfType<DeadLetter>().ToList();
        var batch = new IngestBatch(
            source,
            items[^1].Checkpoint,
            upserts,
            items.OfType<PostRemoval>().Select(r => r.PostId).ToList(),
            items.OfType<AuthorRemoval>().Select(r => enricher.AuthorKey(source, r.AuthorRef)).ToList(),
            deadLetters)
        {
            QueueForSearch = ExternalIndex is not null && searchBacklog is not null,
        };
        var outcome = await store.CommitAsync(batch, ct);

        foreach (var letter in deadLetters)
        {
            logger.LogWarning("Dead letter from {Source} at {Position}: {Reason}: {Detail}", letter.Source, letter.Position, letter.Reason, letter.Detail);
        }

        var tags = new Dictionary<EntityType, int>();
        foreach (var entity in upserts.SelectMany(p => p.Entities))
        {
            tags[entity.Type] = tags.GetValueOrDefault(entity.Type) + 1;
        }

        var read = items.Count(i => i is IncomingPost or RejectedRecord or PostRemoval or AuthorRemoval);
        // Committed: the items are done even if the push below fails (the backlog then holds them for a replay).
        items.Clear();
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
            read, outcome.Inserted, outcome.Updated, outcome.Unchanged, outcome.Deleted, deadLetters.Count,
            upserts.Sum(p => p.Redactions), tags,
            deadLetters.GroupBy(d => d.Reason).ToDictionary(g => g.Key, g => g.Count()));
    }
}
