using Sermo.Analytics.Aspects;
using Sermo.Analytics.Tagging;
using Sermo.Storage.Retagging;

namespace Sermo.Storage.Tests.Retagging;

/// <summary>The re-tag job's side of the post store: pages by day range and row id, sentiment updates with their checkpoint.</summary>
public abstract class PostSentimentStoreContract : StoreTest
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private PostSentimentStore Sentiments => new(Database, TimeProvider.System);

    [Fact]
    public async Task ReadPage_DayRangeAfterCursor_PostsOfThoseDaysInRowIdOrder()
    {
        await UpsertAsync(
            Post("drop:a", "a", Monday, "first monday"), Post("drop:b", "b", Monday.AddDays(1), "tuesday"),
            Post("drop:c", "c", Monday.AddDays(3), "thursday"), Post("drop:d", "d", Monday, "second monday"));
        var from = DateOnly.FromDateTime(Monday.UtcDateTime);

        var all = await Sentiments.ReadPageAsync(from, from.AddDays(1), 0, 10, Ct);
        var afterFirst = await Sentiments.ReadPageAsync(from, from.AddDays(1), all[0].RowId, 1, Ct);

        all.Select(p => p.Text).Should().Equal("first monday", "tuesday", "second monday");
        all.Select(p => p.RowId).Should().BeInAscendingOrder();
        afterFirst.Should().Equal(all[1]);
        (await Sentiments.CountAsync(from, from.AddDays(1), Ct)).Should().Be(3);
        (await Sentiments.CountAsync(from.AddDays(4), from.AddDays(9), Ct)).Should().Be(0);
    }

    [Fact]
    public async Task Update_ChangedAndUnchangedPosts_OnlyChangedDayDirtyAndCheckpointMoved()
    {
        await UpsertAsync(Post("drop:a", "a", Monday, "monday"), Post("drop:b", "b", Monday.AddDays(2), "wednesday"));
        await Cube.RollupAsync(Ct);
        var from = DateOnly.FromDateTime(Monday.UtcDateTime);
        var posts = await Sentiments.ReadPageAsync(from, from.AddDays(6), 0, 10, Ct);

        await Sentiments.UpdateAsync(
            [new SentimentUpdate(posts[0].RowId, Sentiment.Positive, 0.75), new SentimentUpdate(posts[1].RowId, Sentiment.Neutral, 0)],
            "retag:test", posts[1].RowId, Ct);

        (await ScalarAsync($"SELECT sentiment FROM posts WHERE id = {posts[0].RowId}")).Should().Be((long)Sentiment.Positive);
        (await ScalarAsync($"SELECT sentiment FROM posts WHERE id = {posts[1].RowId}")).Should().Be((long)Sentiment.Neutral);
        (await DirtyDaysAsync()).Should().Be(1, "only the post whose sentiment changed marks its day for the cube");
        (await Sentiments.GetCheckpointAsync("retag:test", Ct)).Should().Be(posts[1].RowId);
    }

    [Fact]
    public async Task UpdateEntities_NewAspectOnOnePost_StoredWithItsTagsOnlyThatDayDirtyCheckpointMoved()
    {
        var eliquis = new TaggedEntity(EntityType.Brand, "Eliquis", 0, 7, "apixaban", "Eliquis") { Aspect = new MentionAspect(Aspect.Safety, Sentiment.Positive) };
        await UpsertAsync(
            Post("drop:a", "a", Monday, "Eliquis PA denied again", "cardiology", eliquis),
            Post("drop:b", "b", Monday.AddDays(2), "Eliquis no bleeds", "cardiology", eliquis));
        await Cube.RollupAsync(Ct);
        var from = DateOnly.FromDateTime(Monday.UtcDateTime);
        var posts = await Sentiments.ReadEntitiesPageAsync(from, from.AddDays(6), 0, 10, Ct);
        posts.Select(p => p.Entities.Single().Aspect).Should().AllBeEquivalentTo(new MentionAspect(Aspect.Safety, Sentiment.Positive));

        var access = eliquis with { Aspect = new MentionAspect(Aspect.Access, Sentiment.Negative) };
        await Sentiments.UpdateEntitiesAsync(
            [new EntitiesUpdate(posts[0].RowId, [access]), new EntitiesUpdate(posts[1].RowId, posts[1].Entities)], "retag-aspects:test", posts[1].RowId, Ct);

        var reread = await Sentiments.ReadEntitiesPageAsync(from, from.AddDays(6), 0, 10, Ct);
        reread[0].Entities.Single().Should().Be(access, "the mention keeps its tag and takes the new aspect");
        reread[1].Entities.Single().Should().Be(eliquis);
        (await DirtyDaysAsync()).Should().Be(1, "only the post whose aspects changed marks its day for the cube");
        (await Sentiments.GetCheckpointAsync("retag-aspects:test", Ct)).Should().Be(posts[1].RowId);
    }

    [Fact]
    public async Task GetCheckpoint_RunNotStarted_Null()
    {
        await UpsertAsync(Post("drop:a", "a", Monday, "monday"));

        (await Sentiments.GetCheckpointAsync("retag:never", Ct)).Should().BeNull();
    }
}
