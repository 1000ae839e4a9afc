using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Sermo.Analytics.Aspects;
using Sermo.Analytics.Posts;
using Sermo.Analytics.Tagging;
using Sermo.Storage.Elasticsearch;
using Sermo.Storage.Search;

namespace Sermo.Storage.Tests.Search.Elasticsearch;

/// <summary>The production index and client configuration over a scripted cluster, and the posts the tests write.</summary>
internal static class ScriptedIndex
{
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    public static ElasticsearchSearchIndex Create(ScriptedElasticsearch cluster, Action<ElasticsearchOptions>? configure = null)
    {
        var options = new SearchOptions
        {
            Provider = "elasticsearch",
            K = 5,
            Elasticsearch = new ElasticsearchOptions { Url = new Uri("http://es.test:9200/"), BulkRetryDelay = TimeSpan.FromMilliseconds(1) },
        };
        configure?.Invoke(options.Elasticsearch);
        return new ElasticsearchSearchIndex(ElasticsearchClientFactory.Create(options.Elasticsearch, cluster), Options.Create(options), new FakeTimeProvider(Now));
    }

    public static List<TaggedPost> Posts(int count, DateTimeOffset? at = null) => Enumerable.Range(0, count).Select(i => new TaggedPost(
        $"p{i}", "test", $"a{i % 7}", at ?? new DateTimeOffset(2026, 1, 5, 10, 0, 0, TimeSpan.Zero), "cardiology", "TX", "Eliquis and bleeding", 0,
        [new TaggedEntity(EntityType.Brand, "Eliquis", 0, 7, "apixaban", "Eliquis") { Aspect = new MentionAspect(Aspect.Safety, Sentiment.Negative) }], [], Sentiment.Negative, -0.5)).ToList();

    /// <summary>Structural JSON equality (property order ignored), with both sides in the failure message.</summary>
    public static void ShouldBeJson(this JsonNode? actual, string expected) =>
        JsonNode.DeepEquals(actual, JsonNode.Parse(expected)).Should().BeTrue($"expected {JsonNode.Parse(expected)!.ToJsonString()} but got {actual?.ToJsonString()}");
}
