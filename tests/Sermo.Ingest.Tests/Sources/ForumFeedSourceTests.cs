using Sermo.Forum.Feed;
using Sermo.Ingest.Sources;
using Sermo.Ingest.Tests.Pipeline;

namespace Sermo.Ingest.Tests.Sources;

public sealed class ForumFeedSourceTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Read_EveryChangeKind_PublishEditRestoreUpsert_DeleteHideRemove_OptOutRemovesAuthor()
    {
        var feed = new PagedFeed(
            new ForumChange(1, ForumChangeKind.PostPublished, "p1", "tok-a", Post("p1", "first text")),
            new ForumChange(2, ForumChangeKind.PostEdited, "p1", "tok-a", Post("p1", "edited text")),
            new ForumChange(3, ForumChangeKind.PostHidden, "p2", "tok-b", null),
            new ForumChange(4, ForumChangeKind.PostRestored, "p2", "tok-b", Post("p2", "restored text")),
            new ForumChange(5, ForumChangeKind.PostDeleted, "p3", "tok-a", null),
            new ForumChange(6, ForumChangeKind.AuthorOptedOut, null, "tok-b", null));

        var items = new List<SourceItem>();
        await foreach (var item in new ForumFeedSource(feed).ReadAsync(null, CancellationToken.None))
        {
            items.Add(item);
        }

        items.OfType<IncomingPost>().Select(p => (p.PostId, p.Text, p.Checkpoint)).Should().Equal(
            ("forum:p1", "first text", "1"), ("forum:p1", "edited text", "2"), ("forum:p2", "restored text", "4"));
        items.OfType<PostRemoval>().Select(r => (r.PostId, r.Checkpoint)).Should().Equal(("forum:p2", "3"), ("forum:p3", "5"));
        items.OfType<AuthorRemoval>().Should().ContainSingle().Which.AuthorRef.Should().Be("tok-b");
        items[^1].Should().BeOfType<CursorAdvance>().Which.Checkpoint.Should().Be("6");
    }

    [Fact]
    public async Task Read_PostsWithDrawnIds_EnrichedWithoutOneIdRefused()
    {
        // About one drawn id in 290 starts with ten digits, which the scrubber reads as a phone number (decision 259).
        var random = new Random(259);
        var ids = Enumerable.Range(0, 1_500).Select(_ => "p-" + Convert.ToHexStringLower(RandomBytes(random, 12))).Append("p-5551234567d33d14604e67cd").ToList();
        var feed = new PagedFeed([.. ids.Select((id, i) => new ForumChange(i + 1, ForumChangeKind.PostPublished, id, "tok-a", Post(id, "Started apixaban for afib.")))]);
        var enricher = PipelineStore.Enricher(PipelineStore.Options());

        var refused = new List<string>();
        await foreach (var item in new ForumFeedSource(feed).ReadAsync(null, CancellationToken.None))
        {
            if (item is IncomingPost post && enricher.Enrich("forum", post, []).Rejected is { } rejected)
            {
                refused.Add($"{post.PostId}: {rejected.Reason}");
            }
        }

        refused.Should().BeEmpty();
    }

    [Theory]
    [InlineData("p-5551234567d33d14604e67cd", true)]
    [InlineData("p00001", false)]
    [InlineData("p-5551234567D33D14604E67CD", false)]
    [InlineData("p-5551234567d33d14604e67c", false)]
    [InlineData("t-5551234567d33d14604e67cd", false)]
    public async Task Read_PostId_DrawnOnlyWhenOfTheForumsDrawnShape(string id, bool drawn)
    {
        var feed = new PagedFeed(new ForumChange(1, ForumChangeKind.PostPublished, id, "tok-a", Post(id, "text")));

        var items = new List<SourceItem>();
        await foreach (var item in new ForumFeedSource(feed).ReadAsync(null, CancellationToken.None))
        {
            items.Add(item);
        }

        items.OfType<IncomingPost>().Should().ContainSingle().Which.IdDrawnAtRandom.Should().Be(drawn);
    }

    private static byte[] RandomBytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    private static FeedPost Post(string id, string body) => new(id, "t1", "Title", "tok", "Cardiology", "TX", At, body);

    /// <summary>A feed that serves the given changes two at a time.</summary>
    private sealed class PagedFeed(params ForumChange[] changes) : IForumChangeFeed
    {
        public Task<ForumChangePage> ReadAsync(long afterCursor, int maxChanges, CancellationToken cancellationToken)
        {
            var page = changes.Where(c => c.Sequence > afterCursor).Take(2).ToList();
            var next = page.Count == 0 ? afterCursor : page[^1].Sequence;
            return Task.FromResult(new ForumChangePage(page, next, changes.Any(c => c.Sequence > next)));
        }

        public Task<IReadOnlyCollection<string>> GetMemberHandlesAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyCollection<string>>([]);
    }
}
