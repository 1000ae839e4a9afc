using Sermo.Analytics.Aspects;
using Sermo.Analytics.Posts;
using Sermo.Analytics.Query;
using Sermo.Analytics.Tagging;
using Sermo.Storage.Ingestion;
using Sermo.Storage.Retagging;
using Sermo.Storage.Search;

namespace Sermo.Storage.Tests.Retagging;

/// <summary>
/// A re-tag's new sentiment and aspects reach the search backend (decision 048): on SQLite the index reads the post
/// store; an external index (PostgreSQL search_posts) gets the changed posts through the search backlog, queued in the
/// page's transaction and pushed as ingest's replay pushes it, so `sentiment:` and `aspect:` answer the new values.
/// </summary>
public abstract class RetagSearchRefreshContract : StoreTest
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private PostSentimentStore Sentiments => new(Database, TimeProvider.System);

    /// <summary>The backend's search index over this test's store.</summary>
    protected abstract ISearchIndex Index { get; }

    private bool External => !Index.ReadsPostStore;

    [Fact]
    public async Task Retag_SentimentChanged_SentimentQueryAnswersTheNewValue()
    {
        var posts = await IngestAsync();
        (await TotalAsync("sentiment:negative")).Should().Be(0);

        var page = await Sentiments.ReadPageAsync(Day, Day.AddDays(6), 0, 100, Ct);
        var changed = await Sentiments.UpdateAsync(
            [.. page.Select((p, i) => new SentimentUpdate(p.RowId, i < 4 ? Sentiment.Negative : Sentiment.Neutral, i < 4 ? -0.8 : 0))],
            "retag:v2", page[^1].RowId, Ct, External);
        await ReplayBacklogAsync();

        changed.Should().Be(4, "two posts keep their sentiment");
        (await TotalAsync("sentiment:negative")).Should().Be(4);
        (await TotalAsync("sentiment:neutral")).Should().Be(posts.Count - 4);
    }

    [Fact]
    public async Task Retag_AspectsChanged_AspectQueryAnswersTheNewValue()
    {
        var posts = await IngestAsync();
        (await TotalAsync("aspect:access")).Should().Be(0);

        var page = await Sentiments.ReadEntitiesPageAsync(Day, Day.AddDays(6), 0, 100, Ct);
        var changed = await Sentiments.UpdateEntitiesAsync(
            [.. page.Take(5).Select(p => new EntitiesUpdate(p.RowId, [.. p.Entities.Select(e => e with { Aspect = new MentionAspect(Aspect.Access, Sentiment.Negative) })]))],
            "retag-aspects:v2", page[^1].RowId, Ct, External);
        await ReplayBacklogAsync();

        changed.Should().Be(5);
        (await TotalAsync("aspect:access:negative")).Should().Be(5);
        (await TotalAsync("aspect:efficacy")).Should().Be(posts.Count - 5);
    }

    [Fact]
    public async Task Retag_StoppedBeforeThePush_ChangedPostsStayQueuedWithTheCheckpoint()
    {
        await IngestAsync();
        var page = await Sentiments.ReadPageAsync(Day, Day.AddDays(6), 0, 100, Ct);

        await Sentiments.UpdateAsync([new SentimentUpdate(page[0].RowId, Sentiment.Negative, -0.8)], "retag:v2", page[0].RowId, Ct, External);

        // The push never ran (the host stopped): what the index still owes is in the backlog, committed with the cursor.
        (await Sentiments.GetCheckpointAsync("retag:v2", Ct)).Should().Be(page[0].RowId);
        (await ScalarAsync("SELECT COUNT(*) FROM search_backlog")).Should().Be(External ? 1 : 0, "only an external index is owed anything");
        await ReplayBacklogAsync();
        (await TotalAsync("sentiment:negative")).Should().Be(1);
        (await ScalarAsync("SELECT COUNT(*) FROM search_backlog")).Should().Be(0);
    }

    private static DateOnly Day => DateOnly.FromDateTime(Monday.UtcDateTime);

    /// <summary>Six authors' Humira posts, neutral and about efficacy, stored and (for an external index) indexed as ingest does.</summary>
    private async Task<List<TaggedPost>> IngestAsync()
    {
        var humira = new TaggedEntity(EntityType.Brand, "Humira", 0, 6, "adalimumab", "Humira") { Aspect = new MentionAspect(Aspect.Efficacy, Sentiment.Positive) };
        var posts = Enumerable.Range(0, 6).Select(i => Post($"drop:h{i}", $"author{i}", Monday.AddDays(i % 3), $"Humira note {i}", "rheumatology", humira)).ToList();
        await Store.CommitAsync(new IngestBatch("test", null, posts, [], [], []) { QueueForSearch = External }, Ct);
        await ReplayBacklogAsync();
        return posts;
    }

    /// <summary>What ingest's <c>ReplaySearchBacklogAsync</c> does (the re-tag jobs call it after each page).</summary>
    private async Task ReplayBacklogAsync()
    {
        var backlog = new SearchBacklog(Database);
        while (await backlog.ReadAsync(100, Ct) is { } pending)
        {
            (await Index.IndexAsync(pending.Upserts, Ct)).Refused.Should().BeEmpty();
            await backlog.AcknowledgeAsync(pending.Range, Ct);
        }
    }

    private async Task<long?> TotalAsync(string query) =>
        (await Index.SearchAsync(new SearchRequest(QueryParser.Parse(query), Size: 50), Ct)).Total;
}
