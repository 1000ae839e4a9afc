using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Elastic.Transport;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace Sermo.Storage.Tests.Search.Elasticsearch;

/// <summary>
/// Stands in for the cluster under the official client: an <see cref="IRequestInvoker"/> that records every request
/// the client sends (method, path with query, body) and answers from scripted responses through Elastic.Transport's
/// <see cref="InMemoryRequestInvoker"/>, so the client parses them exactly as it would a server's. Answers carry what
/// an Elasticsearch 9 server sends: the <c>X-Elastic-Product</c> header and the content type asked for.
/// </summary>
internal sealed class ScriptedElasticsearch : IRequestInvoker
{
    private readonly InMemoryRequestInvoker _factory = new();
    private readonly List<(HttpMethod Method, string PathPrefix, Func<RecordedRequest, Reply> Answer)> _routes = [];
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private int _inFlight;
    private int _maxInFlight;

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>The most bulk requests that were being answered at the same time.</summary>
    public int MaxBulksInFlight => _maxInFlight;

    /// <summary>How long each bulk request takes to answer (to observe concurrency).</summary>
    public TimeSpan BulkLatency { get; set; }

    /// <summary>Fail every request as a refused connection would.</summary>
    public Exception? Unreachable { get; set; }

    /// <summary>Leave out the X-Elastic-Product header, as a server that is not Elasticsearch would.</summary>
    public bool NotElasticsearch { get; set; }

    public ResponseFactory ResponseFactory => _factory.ResponseFactory;

    /// <summary>Requests whose path (no leading slash) starts with <paramref name="pathPrefix"/> get this answer; later routes win.</summary>
    public ScriptedElasticsearch On(HttpMethod method, string pathPrefix, Func<RecordedRequest, Reply> answer)
    {
        _routes.Insert(0, (method, pathPrefix, answer));
        return this;
    }

    public ScriptedElasticsearch On(HttpMethod method, string pathPrefix, int status, string body) =>
        On(method, pathPrefix, _ => new Reply(status, body));

    /// <summary>A healthy 9.x cluster with nothing indexed yet: every call succeeds with the documented bodies.</summary>
    public static ScriptedElasticsearch Healthy() => new ScriptedElasticsearch()
        .On(HttpMethod.GET, "", 200, ElasticsearchFixtures.RootVersion9)
        .On(HttpMethod.PUT, "_index_template/", 200, ElasticsearchFixtures.Acknowledged)
        .On(HttpMethod.HEAD, "_alias/", 200, "")
        .On(HttpMethod.PUT, "sermo-posts-", 200, ElasticsearchFixtures.IndexCreated)
        .On(HttpMethod.POST, "sermo-posts/_refresh", 200, ElasticsearchFixtures.Refreshed)
        .On(HttpMethod.POST, "sermo-posts/_delete_by_query", 200, ElasticsearchFixtures.DeletedByQuery)
        .On(HttpMethod.POST, "sermo-posts/_search", 200, ElasticsearchFixtures.EmptySearch)
        .On(HttpMethod.POST, "sermo-posts/_bulk", request => new Reply(200, ElasticsearchFixtures.BulkAllCreated(request.BulkIds())));

    public IEnumerable<RecordedRequest> To(HttpMethod method, string pathPrefix) =>
        Requests.Where(r => r.Method == method && r.Path.StartsWith(pathPrefix, StringComparison.Ordinal));

    public void Dispose() => ((IDisposable)_factory).Dispose();

    public TResponse Request<TResponse>(Endpoint endpoint, BoundConfiguration boundConfiguration, PostData? postData)
        where TResponse : TransportResponse, new() =>
        throw new NotSupportedException("Sermo calls Elasticsearch asynchronously only.");

    public async Task<TResponse> RequestAsync<TResponse>(Endpoint endpoint, BoundConfiguration boundConfiguration, PostData? postData, CancellationToken cancellationToken)
        where TResponse : TransportResponse, new()
    {
        var body = "";
        if (postData is not null)
        {
            using var buffer = new MemoryStream();
            await postData.WriteAsync(buffer, boundConfiguration.ConnectionSettings, disableDirectStreaming: true, cancellationToken);
            body = Encoding.UTF8.GetString(buffer.ToArray());
        }

        var request = new RecordedRequest(endpoint.Method, endpoint.PathAndQuery, body);
        _requests.Enqueue(request);
        if (Unreachable is not null)
        {
            return await new InMemoryRequestInvoker(null, 0, Unreachable).BuildResponseAsync<TResponse>(endpoint, boundConfiguration, postData, cancellationToken);
        }

        var route = _routes.FirstOrDefault(r => r.Method == endpoint.Method && request.Path.StartsWith(r.PathPrefix, StringComparison.Ordinal));
        var reply = route.Answer?.Invoke(request) ?? new Reply(404, """{"error":"no route in the test script","status":404}""");
        if (request.Path.Contains("_bulk", StringComparison.Ordinal))
        {
            await SlowBulkAsync(cancellationToken);
        }

        var headers = new Dictionary<string, IEnumerable<string>>(StringComparer.OrdinalIgnoreCase);
        if (!NotElasticsearch)
        {
            headers["X-Elastic-Product"] = ["Elasticsearch"];
        }

        // Elasticsearch answers in the media type it was asked for (the client asks plain JSON for _bulk).
        var contentType = boundConfiguration.Accept.StartsWith("application/json", StringComparison.Ordinal)
            ? "application/json; charset=UTF-8"
            : "application/vnd.elasticsearch+json;compatible-with=9";
        var invoker = new InMemoryRequestInvoker(Encoding.UTF8.GetBytes(reply.Body), reply.Status, null, contentType, headers);
        return await invoker.BuildResponseAsync<TResponse>(endpoint, boundConfiguration, postData, cancellationToken);
    }

    private async Task SlowBulkAsync(CancellationToken cancellationToken)
    {
        var now = Interlocked.Increment(ref _inFlight);
        InterlockedMax(ref _maxInFlight, now);
        try
        {
            if (BulkLatency > TimeSpan.Zero)
            {
                await Task.Delay(BulkLatency, cancellationToken);
            }
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current && Interlocked.CompareExchange(ref target, value, current) is var seen && seen != current)
        {
            current = seen;
        }
    }
}

/// <summary>One request as the client sent it; <see cref="Path"/> has no leading slash, as the transport's endpoint reports it.</summary>
internal sealed record RecordedRequest(HttpMethod Method, string Path, string Body)
{
    /// <summary>The query string's parameters in a fixed order (the client's own order is not part of the API).</summary>
    public string Parameters => string.Join('&', (Path.Split('?', 2) is [_, var query] ? query.Split('&') : []).Order(StringComparer.Ordinal));

    public JsonNode Json => JsonNode.Parse(Body)!;

    /// <summary>The NDJSON lines of a _bulk body, each parsed.</summary>
    public IReadOnlyList<JsonNode> Lines => Body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();

    /// <summary>The _id of every action in a _bulk body, in order.</summary>
    public IReadOnlyList<string> BulkIds() => Lines.Where((_, i) => i % 2 == 0).Select(a => a["index"]!["_id"]!.GetValue<string>()).ToList();
}

internal sealed record Reply(int Status, string Body);
