using Elastic.Clients.Elasticsearch;
using Microsoft.Extensions.Options;
using Sermo.Storage.Elasticsearch;
using Sermo.Storage.Search;

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
    public const string Variable = "SERMO_TEST_ELASTICSEARCH";

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
        var url = new Uri(Environment.GetEnvironmentVariable(Variable)
            ?? throw new InvalidOperationException($"{Variable} is not set; this class's tests should not have run."));
        var credentials = url.UserInfo.Split(':', 2);
        _options = new ElasticsearchOptions
        {
            Url = new UriBuilder(url) { UserName = "", Password = "" }.Uri,
            Username = credentials.Length == 2 ? Uri.UnescapeDataString(credentials[0]) : null,
            Password = credentials.Length == 2 ? Uri.UnescapeDataString(credentials[1]) : null,
            Alias = "sermo-test-" + Guid.NewGuid().ToString("N")[..12],
            Replicas = 0,
            BulkRetryDelay = TimeSpan.FromMilliseconds(200),
        };
        _client = ElasticsearchClientFactory.Create(_options);
        var options = Options.Create(new SearchOptions { Provider = "elasticsearch", K = K, Elasticsearch = _options });
        return Task.FromResult<ISearchIndex>(new ElasticsearchSearchIndex(_client, options, TimeProvider.System));
    }

    public override async Task DisposeAsync()
    {
        if (_client is null || _options is null)
        {
            return;
        }

        // Concrete names only: clusters refuse wildcard deletes by default (action.destructive_requires_name).
        var aliases = await _client.Indices.GetAliasAsync(new Elastic.Clients.Elasticsearch.IndexManagement.GetAliasRequest(Names.Parse(_options.Alias)));
        foreach (var index in aliases.IsValidResponse ? aliases.Aliases?.Keys ?? [] : [])
        {
            await _client.Indices.DeleteAsync(index);
        }

        await _client.Indices.DeleteIndexTemplateAsync(_options.Alias);
    }
}
