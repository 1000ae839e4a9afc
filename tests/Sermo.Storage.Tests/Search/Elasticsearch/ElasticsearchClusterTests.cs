using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Sermo.Analytics.Query;
using Sermo.Storage.Elasticsearch;
using Sermo.Storage.Search;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace Sermo.Storage.Tests.Search.Elasticsearch;

/// <summary>
/// A cluster Sermo cannot use (unreachable, credentials refused, too old, not Elasticsearch, no index behind the
/// alias) is one line naming the cluster and the cause, never a stack trace; the CLI prints it and exits 2.
/// </summary>
public sealed class ElasticsearchClusterTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task Search_ConnectionRefused_OneLineSaysUnreachable()
    {
        var cluster = ScriptedElasticsearch.Healthy();
        cluster.Unreachable = new HttpRequestException("Connection refused (es.test:9200)");

        var error = await SearchFailsAsync(cluster);

        error.Should().Be("Elasticsearch at http://es.test:9200/ is unreachable (GET /): Connection refused (es.test:9200)");
    }

    [Fact]
    public async Task Search_NothingListeningOnThePort_OneLineThroughTheRealHttpTransport()
    {
        // The client's own HTTP invoker against a closed loopback port: what an operator sees with a wrong Url.
        var options = new SearchOptions { Provider = "elasticsearch", Elasticsearch = new ElasticsearchOptions { Url = new Uri("http://127.0.0.1:1/"), RequestTimeout = TimeSpan.FromSeconds(5) } };
        var index = new ElasticsearchSearchIndex(ElasticsearchClientFactory.Create(options.Elasticsearch), Options.Create(options), TimeProvider.System);
        var act = () => index.SearchAsync(new SearchRequest(QueryParser.Parse("eliquis")), Ct);

        var error = (await act.Should().ThrowAsync<SearchIndexUnavailableException>()).Which.Message;
        error.Should().StartWith("Elasticsearch at http://127.0.0.1:1/ is unreachable (GET /): ").And.NotContain("\n");
    }

    [Fact]
    public async Task Search_CredentialsMissing_OneLineSaysWhichSettingsToSet()
    {
        var cluster = ScriptedElasticsearch.Healthy().On(HttpMethod.GET, "", 401, ElasticsearchFixtures.MissingCredentials);

        var error = await SearchFailsAsync(cluster);

        error.Should().StartWith("Elasticsearch at http://es.test:9200/ refused the credentials (GET /, 401)")
            .And.EndWith("; set Search:Elasticsearch:ApiKey or Username and Password");
    }

    [Fact]
    public async Task Search_Version8Cluster_OneLineSaysNineIsNeeded()
    {
        var cluster = ScriptedElasticsearch.Healthy().On(HttpMethod.GET, "", 200, ElasticsearchFixtures.RootVersion8);

        var error = await SearchFailsAsync(cluster);

        error.Should().Be("Elasticsearch at http://es.test:9200/ is version 8.12.1; Sermo's client (Elastic.Clients.Elasticsearch 9.x) needs 9.0 or later");
        cluster.Requests.Should().ContainSingle("nothing is sent to a cluster that failed the check");
    }

    [Fact]
    public async Task Search_ServerIsNotElasticsearch_OneLineSaysSo()
    {
        var cluster = ScriptedElasticsearch.Healthy();
        cluster.NotElasticsearch = true;

        var error = await SearchFailsAsync(cluster);

        error.Should().StartWith("The server at http://es.test:9200/ does not identify itself as Elasticsearch");
    }

    [Fact]
    public async Task Search_NoIndexBehindTheAlias_OneLineSaysRunIngestFirst()
    {
        var cluster = ScriptedElasticsearch.Healthy().On(HttpMethod.POST, "sermo-posts/_search", 404, ElasticsearchFixtures.IndexNotFound);

        var error = await SearchFailsAsync(cluster);

        error.Should().StartWith("Elasticsearch at http://es.test:9200/ has no index behind the alias 'sermo-posts'");
    }

    [Fact]
    public async Task Search_CheckFailedOnce_RunsAgainOnTheNextCall()
    {
        var calls = 0;
        var cluster = ScriptedElasticsearch.Healthy().On(HttpMethod.GET, "", _ => ++calls == 1
            ? new Reply(401, ElasticsearchFixtures.MissingCredentials)
            : new Reply(200, ElasticsearchFixtures.RootVersion9));
        var index = ScriptedIndex.Create(cluster);
        var request = new SearchRequest(QueryParser.Parse("eliquis"));

        await index.Invoking(i => i.SearchAsync(request, Ct)).Should().ThrowAsync<SearchIndexUnavailableException>();
        await index.SearchAsync(request, Ct);
        await index.SearchAsync(request, Ct);

        cluster.To(HttpMethod.GET, "").Should().HaveCount(2, "a passed check is not repeated");
        index.Cluster.Version.Should().Be("9.1.0");
    }

    [Fact]
    public async Task StartupCheck_ElasticsearchProvider_FailsStartWithTheClustersLine()
    {
        var cluster = ScriptedElasticsearch.Healthy().On(HttpMethod.GET, "", 200, ElasticsearchFixtures.RootVersion8);
        var check = StartupCheck(cluster, "elasticsearch");

        var act = () => check.StartAsync(Ct);

        (await act.Should().ThrowAsync<SearchIndexUnavailableException>()).Which.Message.Should().Contain("is version 8.12.1");
    }

    [Fact]
    public async Task StartupCheck_HealthyCluster_InstallsTemplateBeforeTheHostStarts()
    {
        var cluster = ScriptedElasticsearch.Healthy();
        await StartupCheck(cluster, "elasticsearch").StartAsync(Ct);

        cluster.Requests.Select(r => (r.Method, r.Path)).Should().Equal(
            (HttpMethod.GET, ""), (HttpMethod.PUT, "_index_template/sermo-posts"), (HttpMethod.HEAD, "_alias/sermo-posts"));
    }

    [Fact]
    public async Task StartupCheck_OtherProvider_SendsNothing()
    {
        var cluster = ScriptedElasticsearch.Healthy();
        await StartupCheck(cluster, "sqlite").StartAsync(Ct);

        cluster.Requests.Should().BeEmpty();
    }

    private static ElasticsearchStartupCheck StartupCheck(ScriptedElasticsearch cluster, string provider)
    {
        var options = Options.Create(new SearchOptions { Provider = provider, Elasticsearch = new ElasticsearchOptions { Url = new Uri("http://es.test:9200/") } });
        var services = new ServiceCollection()
            .AddSingleton(_ => new ElasticsearchSearchIndex(ElasticsearchClientFactory.Create(options.Value.Elasticsearch, cluster), options, new FakeTimeProvider(ScriptedIndex.Now)))
            .BuildServiceProvider();
        return new ElasticsearchStartupCheck(options, services);
    }

    private static async Task<string> SearchFailsAsync(ScriptedElasticsearch cluster)
    {
        var act = () => ScriptedIndex.Create(cluster).SearchAsync(new SearchRequest(QueryParser.Parse("eliquis")), Ct);
        var message = (await act.Should().ThrowAsync<SearchIndexUnavailableException>()).Which.Message;
        message.Should().NotContain("\n").And.NotContain("   at ");
        return message;
    }
}
