using Sermo.Forum.Engine;
using Sermo.Forum.Feed;

namespace Sermo.Forum.Tests.Feed;

/// <summary>
/// Many writers and a reader tailing the feed at once: the reader must see every change exactly once, in sequence
/// order, because sequence order is commit order (PostgreSQL hands out sequence numbers before commit; see
/// PostgresForumDatabase.SerializeAppendAsync).
/// </summary>
public abstract class ConcurrentPostsContract(IForumBackend backend) : ForumTestBase(backend)
{
    private const int Posts = 1000;

    [Fact]
    public async Task Publish_1000Concurrently_TailingReaderSeesEveryChangeOnceInOrder()
    {
        var alice = new Member("m-alice", "alice_h", "AlicePseudo", "Cardiology", "TX", Verified: true, OptedOut: false, new DateOnly(2025, 1, 1));
        await Engine.ImportAsync(new ForumSnapshot([alice], [new ForumThread("t1", "Load", "Cardiology", alice.MemberId, Time.GetUtcNow())], []), Ct);
        var tailFeed = NewFeed();
        var writing = Task.WhenAll(Enumerable.Range(0, Posts).Select(i => Task.Run(() => Engine.PublishAsync(
            new ForumPost($"c{i:0000}", "t1", null, alice.MemberId, Time.GetUtcNow(), $"Concurrent post {i}."), Ct))));

        var seen = new List<ForumChange>();
        long cursor = 0;
        while (true)
        {
            var done = writing.IsCompleted;
            var page = await tailFeed.ReadAsync(cursor, 97, Ct);
            seen.AddRange(page.Changes);
            cursor = page.NextCursor;
            if (done && !page.HasMore)
            {
                break;
            }
        }

        (await writing).Should().AllSatisfy(inserted => inserted.Should().BeTrue());
        var replay = await NewFeed().ReadAsync(0, 10 * Posts, Ct);
        replay.Changes.Should().HaveCount(Posts);
        seen.Select(c => c.Sequence).Should().Equal(replay.Changes.Select(c => c.Sequence), "the tailing reader skipped or repeated a change");
        seen.Select(c => c.Sequence).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        seen.Select(c => c.PostId).Should().BeEquivalentTo(Enumerable.Range(0, Posts).Select(i => $"c{i:0000}"));
    }
}
