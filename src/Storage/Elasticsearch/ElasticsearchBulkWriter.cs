using System.Collections.Concurrent;
using Elastic.Clients.Elasticsearch;
using Elastic.Transport;
using Sermo.Storage.Search;

namespace Sermo.Storage.Elasticsearch;

/// <summary>
/// Writes documents with the client's bulk helper (<c>BulkAll</c>): requests of <c>BulkSize</c> documents, at most
/// <c>MaxBulksInFlight</c> of them at once (the caller waits for the last: ingest cannot outrun the cluster), posts
/// rejected with 429 sent again after <c>BulkRetryDelay</c> up to <c>BulkRetries</c> times, and every other item
/// failure (a mapping error) returned as refused with Elasticsearch's reason instead of failing the batch.
/// </summary>
public sealed class ElasticsearchBulkWriter(ElasticsearchClient client, ElasticsearchOptions options)
{
    public async Task<IReadOnlyList<RefusedPost>> WriteAsync(IReadOnlyList<PostDocument> documents, CancellationToken cancellationToken)
    {
        if (documents.Count == 0)
        {
            return [];
        }

        var refused = new ConcurrentQueue<RefusedPost>();
        var rejectedLastTime = 0;
        var finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var bulk = client.BulkAll(documents, b => b
            .Index(options.Alias) // the request path's default; every item names its monthly index
            .Size(options.BulkSize)
            .MaxDegreeOfParallelism(options.MaxBulksInFlight)
            .BackOffRetries(options.BulkRetries)
            .BackOffTime(options.BulkRetryDelay)
            .ContinueAfterDroppedDocuments()
            .DroppedDocumentCallback((item, document) =>
            {
                // A 429 still rejected after the last retry fails the whole write below; only real refusals are kept.
                if (item.Status != 429)
                {
                    refused.Enqueue(new RefusedPost(document.PostId, ElasticsearchFailure.Describe(item.Error)));
                }
            })
            .BulkResponseCallback(response => Volatile.Write(ref rejectedLastTime, response.Items?.Count(i => i.Status == 429) ?? 0))
            .BufferToBulk((request, buffer) =>
            {
                foreach (var document in buffer)
                {
                    request.Index(document, op => op.Index(ElasticsearchIndexTemplate.IndexName(options.Alias, document.Month)).Id(document.PostId));
                }
            }), cancellationToken);

        bulk.Subscribe(new BulkAllObserver(onError: e => finished.TrySetException(e), onCompleted: () => finished.TrySetResult()));
        try
        {
            await finished.Task.WaitAsync(cancellationToken);
        }
        catch (TransportException ex)
        {
            var rejected = Volatile.Read(ref rejectedLastTime);
            throw rejected > 0
                ? new SearchIndexUnavailableException(
                    $"Elasticsearch at {options.Url} kept rejecting {rejected} posts with 429 (too many requests) after {options.BulkRetries} retries; the search backlog replays them next cycle", ex)
                : ElasticsearchFailure.Unavailable(options.Url, "_bulk", ex.ApiCallDetails);
        }

        return refused.ToList();
    }
}
