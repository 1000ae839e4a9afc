using System.Globalization;
using Elastic.Clients.Elasticsearch;
using Sermo.Storage.Search;

namespace Sermo.Storage.Elasticsearch;

/// <summary>
/// Makes sure the cluster can be used before the first request: reachable, our credentials accepted, really
/// Elasticsearch, version 9 or later (what the 9.x client speaks); before the first write also the index template
/// and one monthly index, so the read alias always resolves. Each check runs once per process and fails with one
/// line (<see cref="SearchIndexUnavailableException"/>); a failed check runs again next time.
/// </summary>
public sealed class ElasticsearchCluster(ElasticsearchClient client, ElasticsearchOptions options, TimeProvider time)
{
    public const int MinimumMajorVersion = 9;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _readable;
    private bool _writable;

    /// <summary>The server's version once <see cref="EnsureReadableAsync"/> has run.</summary>
    public string? Version { get; private set; }

    public Task EnsureReadableAsync(CancellationToken cancellationToken) =>
        _readable ? Task.CompletedTask : OnceAsync(writable: false, cancellationToken);

    public Task EnsureWritableAsync(CancellationToken cancellationToken) =>
        _writable ? Task.CompletedTask : OnceAsync(writable: true, cancellationToken);

    private async Task OnceAsync(bool writable, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!_readable)
            {
                await CheckServerAsync(cancellationToken);
                _readable = true;
            }

            if (writable && !_writable)
            {
                await PutTemplateAsync(cancellationToken);
                await EnsureAliasHasAnIndexAsync(cancellationToken);
                _writable = true;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task CheckServerAsync(CancellationToken cancellationToken)
    {
        InfoResponse info;
        try
        {
            info = await client.InfoAsync(cancellationToken);
        }
        catch (UnsupportedProductException ex)
        {
            throw ElasticsearchFailure.NotElasticsearch(options.Url, ex);
        }

        if (!info.IsValidResponse)
        {
            throw ElasticsearchFailure.Unavailable(options.Url, "GET /", info);
        }

        Version = info.Version?.Number;
        var major = Version?.Split('.')[0];
        if (!int.TryParse(major, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < MinimumMajorVersion)
        {
            throw new SearchIndexUnavailableException(
                $"Elasticsearch at {options.Url} is version {Version ?? "unknown"}; Sermo's client (Elastic.Clients.Elasticsearch 9.x) needs {MinimumMajorVersion}.0 or later");
        }
    }

    private async Task PutTemplateAsync(CancellationToken cancellationToken)
    {
        var response = await client.Indices.PutIndexTemplateAsync(ElasticsearchIndexTemplate.Request(options), cancellationToken);
        if (!response.IsValidResponse)
        {
            throw ElasticsearchFailure.Unavailable(options.Url, $"PUT _index_template/{options.Alias}", response);
        }
    }

    /// <summary>
    /// A fresh cluster has the template but no index yet, so the alias would not exist and a search would fail:
    /// create this month's index from the template (another host may win the race, which is as good).
    /// </summary>
    private async Task EnsureAliasHasAnIndexAsync(CancellationToken cancellationToken)
    {
        var exists = await client.Indices.ExistsAliasAsync(new Names([options.Alias]), cancellationToken);
        if (exists.Exists)
        {
            return;
        }

        if (exists.ApiCallDetails.HttpStatusCode != 404)
        {
            throw ElasticsearchFailure.Unavailable(options.Url, $"HEAD _alias/{options.Alias}", exists);
        }

        var month = time.GetUtcNow().UtcDateTime.ToString("yyyy.MM", CultureInfo.InvariantCulture);
        var index = ElasticsearchIndexTemplate.IndexName(options.Alias, month);
        var created = await client.Indices.CreateAsync(index, cancellationToken);
        if (!created.IsValidResponse && created.ElasticsearchServerError?.Error?.Type != "resource_already_exists_exception")
        {
            throw ElasticsearchFailure.Unavailable(options.Url, $"PUT {index}", created);
        }
    }
}
