using Sermo.Forum.Feed;
using static Sermo.Forum.Tests.Feed.ForumSample;

namespace Sermo.Forum.Tests.Feed;

/// <summary>The feed's contract, run on SQLite and on PostgreSQL.</summary>
public abstract class ForumChangeFeedContract(IForumBackend backend) : ForumTestBase(backend)
{
    [Fact]
    public async Task Import_SmallSnapshot_CountsMembersThreadsPostsAndChanges()
    {
        var counts = await Engine.ImportAsync(Snapshot(), Ct);

        counts.Should().Be(new Sermo.Forum.Engine.ImportCounts(Members: 4, Threads: 2, Posts: 6, Changes: 8));
    }

    [Fact]
    public async Task Read_ImportedSnapshot_EmitsVerifiedPostsInSequenceOrderAndSkipsHiddenOnes()
    {
        await Engine.ImportAsync(Snapshot(), Ct);

        var page = await Feed.ReadAsync(0, 100, Ct);

        page.HasMore.Should().BeFalse();
        page.NextCursor.Should().Be(8);
        page.Changes.Select(c => (c.Sequence, c.Kind, c.PostId)).Should().Equal(
            (1L, ForumChangeKind.PostPublished, "p1"),
            (2L, ForumChangeKind.PostPublished, "p2"),
            (6L, ForumChangeKind.PostDeleted, "p5"),
            (7L, ForumChangeKind.PostPublished, "p6"),
            (8L, ForumChangeKind.AuthorOptedOut, (string?)null));
        var p1 = page.Changes[0].Post!;
        p1.ThreadId.Should().Be("t1");
        p1.ThreadTitle.Should().Be("Apixaban dosing in CKD");
        p1.Specialty.Should().Be("cardiology");
        p1.State.Should().Be("TX");
        p1.CreatedAt.Should().Be(Start);
        p1.Body.Should().Be("Apixaban 2.5 bid for my CKD patients, thoughts?");
        page.Changes[1].Post!.State.Should().BeNull();
    }

    [Fact]
    public async Task Read_OptedOutMember_PostsNotEmittedAndOptOutChangeEmitted()
    {
        await Engine.ImportAsync(Snapshot(), Ct);
        var before = await Feed.ReadAsync(0, 100, Ct);
        var aliceToken = before.Changes.Single(c => c.PostId == "p1").AuthorToken;

        (await Engine.OptOutAsync(Alice.MemberId, Ct)).Should().BeTrue();
        var after = await Feed.ReadAsync(before.NextCursor, 100, Ct);
        var replay = await Feed.ReadAsync(0, 100, Ct);

        after.Changes.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new { Kind = ForumChangeKind.AuthorOptedOut, PostId = (string?)null, AuthorToken = aliceToken, Post = (FeedPost?)null });
        replay.Changes.Where(c => c.Kind == ForumChangeKind.PostPublished).Select(c => c.PostId)
            .Should().Equal("p2", "p6");
        (await Engine.OptOutAsync(Alice.MemberId, Ct)).Should().BeFalse("opting out twice is not a new change");
    }

    [Fact]
    public async Task Read_SnapshotOptOut_TokenMatchesThatMembersPublishedPosts()
    {
        await Engine.ImportAsync(Snapshot(), Ct);
        // Dmitri's own post is hidden, so compare with the token his posts had while he was still in.
        await Engine.PublishAsync(Post("p-bruno", "t1", Bruno, 10, "More on dosing."), Ct);

        var page = await Feed.ReadAsync(0, 100, Ct);
        var optOut = page.Changes.Single(c => c.Kind == ForumChangeKind.AuthorOptedOut);

        optOut.AuthorToken.Should().NotBeNullOrEmpty();
        page.Changes.Where(c => c.Post is not null).Select(c => c.AuthorToken).Should().NotContain(optOut.AuthorToken);
    }

    [Fact]
    public async Task Read_PostDeletedAfterPublish_NotEmittedButCursorMovesPast()
    {
        await Engine.ImportAsync(Snapshot(), Ct);
        await Engine.PublishAsync(Post("p7", "t1", Alice, 20, "Short-lived post."), Ct);
        (await Engine.DeletePostAsync("p7", Ct)).Should().BeTrue();

        var page = await Feed.ReadAsync(8, 100, Ct);

        page.NextCursor.Should().Be(10);
        page.Changes.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Sequence = 10L, Kind = ForumChangeKind.PostDeleted, PostId = "p7" });
    }

    [Fact]
    public async Task Read_OnlyHiddenChangesAfterCursor_EmptyPageWithAdvancedCursor()
    {
        await Engine.ImportAsync(Snapshot(), Ct);
        await Engine.PublishAsync(Post("p8", "t2", Unverified, 21, "Still unverified."), Ct);
        await Engine.PublishAsync(Post("p9", "t2", OptedOut, 22, "Opted out and posting."), Ct);

        var page = await Feed.ReadAsync(8, 100, Ct);

        page.Changes.Should().BeEmpty();
        page.NextCursor.Should().Be(10);
        page.HasMore.Should().BeFalse();
    }

    [Fact]
    public async Task DeletePost_PublishedPost_PostDeletedChangeWithAuthorsToken()
    {
        await Engine.ImportAsync(Snapshot(), Ct);
        await Engine.PublishAsync(Post("p7", "t1", Alice, 20, "Will delete this."), Ct);
        var published = await Feed.ReadAsync(8, 100, Ct);

        (await Engine.DeletePostAsync("p7", Ct)).Should().BeTrue();
        var deleted = await Feed.ReadAsync(published.NextCursor, 100, Ct);

        published.Changes.Should().ContainSingle().Which.Kind.Should().Be(ForumChangeKind.PostPublished);
        deleted.Changes.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Sequence = 10L,
            Kind = ForumChangeKind.PostDeleted,
            PostId = "p7",
            published.Changes[0].AuthorToken,
        });
        (await Engine.DeletePostAsync("p7", Ct)).Should().BeFalse("a second delete is not a new change");
    }

    [Fact]
    public async Task Read_TwoFeedInstancesOnSameDatabase_TokensStableAndDistinctPerMember()
    {
        await Engine.ImportAsync(Snapshot(), Ct);
        await Engine.PublishAsync(Post("p10", "t1", Alice, 30, "Second post by Alice."), Ct);

        var first = await Feed.ReadAsync(0, 100, Ct);
        var second = await NewFeed().ReadAsync(0, 100, Ct);

        second.Changes.Select(c => (c.Sequence, c.AuthorToken)).Should().Equal(first.Changes.Select(c => (c.Sequence, c.AuthorToken)));
        var byPost = first.Changes.Where(c => c.Post is not null).ToDictionary(c => c.PostId!, c => c.AuthorToken);
        byPost["p1"].Should().Be(byPost["p10"]);
        byPost["p1"].Should().NotBe(byPost["p2"]);
        byPost["p2"].Should().Be(byPost["p6"]);
    }

    [Fact]
    public async Task Read_EmittedPosts_NoMemberIdHandleOrPseudonymOutsideBody()
    {
        await Engine.ImportAsync(Snapshot(), Ct);

        var page = await Feed.ReadAsync(0, 100, Ct);

        var identifiers = All.SelectMany(m => new[] { m.MemberId, m.Handle, m.Pseudonym }).ToList();
        page.Changes.Should().NotBeEmpty();
        foreach (var change in page.Changes)
        {
            var post = change.Post;
            string?[] fields = [change.PostId, change.AuthorToken, post?.PostId, post?.ThreadId, post?.ThreadTitle,
                post?.AuthorToken, post?.Specialty, post?.State, post?.CreatedAt.ToString("O")];
            foreach (var field in fields.OfType<string>())
            {
                identifiers.Should().NotContain(id => field.Contains(id, StringComparison.OrdinalIgnoreCase),
                    $"change {change.Sequence} field '{field}' must not carry a member identifier");
            }
        }
    }

    [Fact]
    public async Task Read_MaxChangesSmallerThanChangeCount_PagesWithoutGapsOrRepeats()
    {
        await Engine.ImportAsync(Snapshot(), Ct);
        for (var i = 0; i < 7; i++)
        {
            await Engine.PublishAsync(Post($"extra{i}", "t1", i % 2 == 0 ? Alice : Unverified, 40 + i, $"Extra post {i}."), Ct);
        }

        var all = await Feed.ReadAsync(0, 1000, Ct);
        var paged = new List<ForumChange>();
        long cursor = 0;
        var pages = 0;
        var sawHasMore = false;
        while (true)
        {
            var page = await Feed.ReadAsync(cursor, 2, Ct);
            pages++;
            page.Changes.Should().HaveCountLessThanOrEqualTo(2);
            page.Changes.Where(c => c.Sequence <= cursor || c.Sequence > page.NextCursor).Should().BeEmpty();
            paged.AddRange(page.Changes);
            sawHasMore |= page.HasMore;
            if (!page.HasMore)
            {
                page.NextCursor.Should().Be(all.NextCursor);
                break;
            }

            page.NextCursor.Should().BeGreaterThan(cursor);
            cursor = page.NextCursor;
            pages.Should().BeLessThan(50);
        }

        sawHasMore.Should().BeTrue();
        all.Changes.Count.Should().BeGreaterThan(2);
        paged.Select(c => c.Sequence).Should().Equal(all.Changes.Select(c => c.Sequence));
        paged.Should().BeEquivalentTo(all.Changes, o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task Import_SameSnapshotTwice_AddsNothing()
    {
        await Engine.ImportAsync(Snapshot(), Ct);
        var before = await Feed.ReadAsync(0, 1000, Ct);

        var again = await Engine.ImportAsync(Snapshot(), Ct);
        var after = await Feed.ReadAsync(0, 1000, Ct);

        again.Should().Be(new Sermo.Forum.Engine.ImportCounts(0, 0, 0, 0));
        after.NextCursor.Should().Be(before.NextCursor);
        after.Changes.Should().BeEquivalentTo(before.Changes, o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task GetMemberHandles_ImportedMembers_ReturnsHandlesAndPseudonyms()
    {
        await Engine.ImportAsync(Snapshot(), Ct);

        var handles = await Feed.GetMemberHandlesAsync(Ct);

        handles.Should().BeEquivalentTo(All.SelectMany(m => new[] { m.Handle, m.Pseudonym }));
    }
}
