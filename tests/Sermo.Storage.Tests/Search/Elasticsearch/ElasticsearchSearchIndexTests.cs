using Elastic.Clients.Elasticsearch;
using Microsoft.Extensions.Options;
using Sermo.Storage.Elasticsearch;
using Sermo.Storage.Search;
using Sermo.TestSupport;

namespace Sermo.Storage.Tests.Search.Elasticsearch;

/// <summary>
/// The search contract against a real Elasticsearch 9 cluster at <c>SERMO_TEST_ELASTICSEARCH</c> (a URL; user and
/// password may ride in it, <c>http://elastic:secret@localhost:9200</c>). Each test gets its own alias and template
/// and deletes them after. Without the variable none of the contract tests is discovered and
/// <see cref="Cluster_FromTheVariable_IsUsableForWrites"/> is the suite's one skip.
/// </summary>
[LiveBackend(Variable)]
public sealed class ElasticsearchSearchIndexTests : SearchIndexContract
{
    public const string Variable = LiveElasticsearch.EnvironmentVariable;

    private ElasticsearchClient? _client;
    private ElasticsearchOptions? _options;

    [LiveBackendFact(Variable, "Elasticsearch")]
    public async Task Cluster_FromTheVariable_IsUsableForWrites()
    {
        var index = (ElasticsearchSearchIndex)Index;
        await index.Cluster.EnsureWritableAsync(Ct);
        int.Parse(index.Cluster.Version!.Split('.')[0], System.Globalization.CultureInfo.InvariantCulture)
            .Should().BeGreaterThanOrEqualTo(ElasticsearchCluster.MinimumMajorVersion);
    }

    protected override Task<ISearchIndex> CreateIndexAsync()
    {
        // Without the variable no test of this class runs (the contract is not discovered, the fact is skipped).
        var url = LiveElasticsearch.Url ?? throw new InvalidOperationException($"{Variable} is not set; this class's tests should not have run.");
        _options = LiveElasticsearch.Options(url, "sermo-test-" + Guid.NewGuid().ToString("N")[..12]);
        _options.BulkRetryDelay = TimeSpan.FromMilliseconds(200);
        _client = ElasticsearchClientFactory.Create(_options);
        var options = Options.Create(new SearchOptions { Provider = "elasticsearch", K = K, Elasticsearch = _options });
        return Task.FromResult<ISearchIndex>(new ElasticsearchSearchIndex(_client, options, TimeProvider.System));
    }

    public override async Task DisposeAsync()
    {
        if (_client is not null && _options is not null)
        {
            await LiveElasticsearch.DropAsync(_client, _options.Alias);
        }
    }
}
