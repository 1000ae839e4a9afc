using Sermo.Analytics.Aspects;
using Sermo.Analytics.Tagging;
using Sermo.Storage.Ingestion;
using Sermo.Storage.Retagging;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace Sermo.Storage.Tests.Search.Elasticsearch;

/// <summary>
/// A re-tag's changed posts reach Elasticsearch through the search backlog (decision 048): the documented _bulk body
/// carries the post as stored after the re-tag, new sentiment and aspects included, and only the changed posts.
/// </summary>
public sealed class ElasticsearchRetagRefreshTests : StoreTest
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Retag_SentimentAndAspectChanged_BulkBodyCarriesTheNewValuesOfTheChangedPostOnly()
    {
        var humira = new TaggedEntity(EntityType.Brand, "Humira", 0, 6, "adalimumab", "Humira") { Aspect = new MentionAspect(Aspect.Efficacy, Sentiment.Positive) };
        await Store.CommitAsync(new IngestBatch("test", null, [Post("drop:h0", "a0", Monday, "Humira PA denied", "rheumatology", humira), Post("drop:h1", "a1", Monday, "Humira fine", "rheumatology", humira)], [], [], []), Ct);
        var sentiments = new PostSentimentStore(Database, TimeProvider.System);
        var day = DateOnly.FromDateTime(Monday.UtcDateTime);
        var page = await sentiments.ReadEntitiesPageAsync(day, day, 0, 10, Ct);

        await sentiments.UpdateAsync([new SentimentUpdate(page[0].RowId, Sentiment.Negative, -0.7), new SentimentUpdate(page[1].RowId, Sentiment.Neutral, 0)], "retag:v2", page[1].RowId, Ct, queueForSearch: true);
        await sentiments.UpdateEntitiesAsync([new EntitiesUpdate(page[0].RowId, [humira with { Aspect = new MentionAspect(Aspect.Access, Sentiment.Negative) }])], "retag-aspects:v2", page[0].RowId, Ct, queueForSearch: true);
        var cluster = ScriptedElasticsearch.Healthy();
        var index = ScriptedIndex.Create(cluster);
        var pending = (await new SearchBacklog(Database).ReadAsync(100, Ct))!;
        (await index.IndexAsync(pending.Upserts, Ct)).Refused.Should().BeEmpty();

        var lines = cluster.To(HttpMethod.POST, "sermo-posts/_bulk").Single().Lines;
        lines.Should().HaveCount(2, "one changed post (queued twice, pushed once as stored now); the unchanged one is not re-sent");
        lines[0].ShouldBeJson("""{"index":{"_index":"sermo-posts-2026.03","_id":"drop:h0"}}""");
        lines[1]!["sentiment"].ShouldBeJson("\"negative\"");
        lines[1]!["aspects"].ShouldBeJson("""["access","access:negative"]""");
    }

    protected override StoreBackend CreateBackend() => new SqliteStoreBackend();
}
