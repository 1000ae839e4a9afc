using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Sermo.Storage.Search;

namespace Sermo.Storage.Tests.Search.Elasticsearch;

/// <summary>Search:Elasticsearch:* is validated when the host starts; a bad value names its key, a bad cluster is one line.</summary>
public sealed class ElasticsearchOptionsTests
{
    [Theory]
    [InlineData("Url", "", "Search:Elasticsearch:Url is required when Search:Provider is elasticsearch.")]
    [InlineData("Url", "es.test:9200", "Search:Elasticsearch:Url must be an absolute http or https address")]
    [InlineData("Shards", "0", "Search:Elasticsearch:Shards must be 1..1024.")]
    [InlineData("Replicas", "17", "Search:Elasticsearch:Replicas must be 0..16.")]
    [InlineData("MaxBulksInFlight", "0", "Search:Elasticsearch:MaxBulksInFlight must be 1..16.")]
    [InlineData("BulkRetryDelay", "00:00:00", "Search:Elasticsearch:BulkRetryDelay must be 00:00:00.001..00:01:00.")]
    [InlineData("Alias", "Sermo Posts", "Search:Elasticsearch:Alias must be lower-case letters, digits, '-' or '_'.")]
    [InlineData("Password", "secret", "Search:Elasticsearch:Username and Search:Elasticsearch:Password go together.")]
    public async Task Start_ElasticsearchProviderWithBadValue_FailsNamingTheKey(string key, string value, string message)
    {
        using var host = Build(new() { ["Search:Elasticsearch:" + key] = value });

        var act = () => host.StartAsync();

        (await act.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain(message);
    }

    [Fact]
    public async Task Start_SqliteProvider_IgnoresTheElasticsearchSection()
    {
        using var host = Build(new() { ["Search:Provider"] = "sqlite", ["Search:Elasticsearch:Shards"] = "0" });

        await host.StartAsync();
        await host.StopAsync();
    }

    [Fact]
    public async Task Start_ValidOptionsButNoCluster_FailsWithTheClustersOneLine()
    {
        using var host = Build(new() { ["Search:Elasticsearch:RequestTimeout"] = "00:00:05" });

        var act = () => host.StartAsync();

        (await act.Should().ThrowAsync<SearchIndexUnavailableException>()).Which.Message
            .Should().StartWith("Elasticsearch at http://127.0.0.1:1/ is unreachable (GET /)");
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        builder.Configuration["Search:Provider"] = "elasticsearch";
        builder.Configuration["Search:Elasticsearch:Url"] = "http://127.0.0.1:1/";
        foreach (var (key, value) in settings)
        {
            builder.Configuration[key] = value;
        }

        builder.AddSearch();
        return builder.Build();
    }
}
