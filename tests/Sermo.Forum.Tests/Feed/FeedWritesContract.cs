using Sermo.Forum.Feed;

namespace Sermo.Forum.Tests.Feed;

/// <summary>What members' and moderators' writes put in the feed: edits re-publish, deletes and hides remove, restores re-publish.</summary>
public abstract class FeedWritesContract(IForumBackend backend) : ForumTestBase(backend)
{
    [Fact]
    public async Task MemberWrites_FeedCarriesPublishEditDeleteInOrderWithCurrentText()
    {
        var asker = await MemberAsync("StatLab", 2);
        var thread = await Posting.CreateThreadAsync(asker, new("cases", "Gout flare on SGLT2", "Seen this?", null), Ct);
        var reply = await Posting.ReplyAsync(asker, thread, "Adding: uric acid 9.", Ct);
        await Posting.EditAsync(asker, reply, "Adding: uric acid 9.4 after the edit.", null, Ct);
        var page = await Feed.ReadAsync(0, 100, Ct);
        await Posting.DeleteAsync(asker, reply, Ct);
        var after = await Feed.ReadAsync(page.NextCursor, 100, Ct);

        page.Changes.Select(c => (c.Sequence, c.Kind)).Should().Equal(
            (1L, ForumChangeKind.PostPublished), (2L, ForumChangeKind.PostPublished), (3L, ForumChangeKind.PostEdited));
        page.Changes[2].Post!.Body.Should().Be("Adding: uric acid 9.4 after the edit.");
        page.Changes[2].Post!.ThreadTitle.Should().Be("Gout flare on SGLT2");
        page.Changes[2].AuthorToken.Should().Be(page.Changes[0].AuthorToken);
        after.Changes.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Kind = ForumChangeKind.PostDeleted, PostId = reply });
    }

    [Fact]
    public async Task HideAndRestore_FeedRemovesThenRepublishes_ReplayWhileHiddenEmitsNoText()
    {
        var (asker, other) = (await MemberAsync("StatLab", 2), await MemberAsync("RuralGP", 4));
        var thread = await Posting.CreateThreadAsync(asker, new("cases", "Title here", "Question body", null), Ct);
        var reply = await Posting.ReplyAsync(other, thread, "Reply that gets hidden.", Ct);
        await Moderation.HideAsync(reply, Ct);

        var whileHidden = await Feed.ReadAsync(0, 100, Ct);
        await Moderation.UnhideAsync(reply, Ct);
        var restored = await Feed.ReadAsync(whileHidden.NextCursor, 100, Ct);

        whileHidden.Changes.Select(c => (c.Kind, c.PostId)).Should().Equal(
            (ForumChangeKind.PostPublished, (await Reader.GetAsync(thread, asker, Ct))!.Posts[0].PostId), (ForumChangeKind.PostHidden, reply));
        restored.Changes.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Kind = ForumChangeKind.PostRestored, PostId = reply });
        restored.Changes[0].Post!.Body.Should().Be("Reply that gets hidden.");
    }

    [Fact]
    public async Task OptOutInSettings_AuthorOptedOutChange_AndTheirPostsNoLongerEmittedOnReplay()
    {
        var (member, other) = (await MemberAsync("StatLab", 2), await MemberAsync("RuralGP", 4));
        var thread = await Posting.CreateThreadAsync(member, new("cases", "Title here", "Question body", null), Ct);
        await Posting.ReplyAsync(other, thread, "Other member's reply.", Ct);
        var before = await Feed.ReadAsync(0, 100, Ct);

        (await Settings.OptOutAsync(member, Ct)).Should().BeTrue();
        await Posting.ReplyAsync(member, thread, "Posted after opting out.", Ct);

        var after = await Feed.ReadAsync(before.NextCursor, 100, Ct);
        after.Changes.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Kind = ForumChangeKind.AuthorOptedOut, before.Changes[0].AuthorToken });
        (await Feed.ReadAsync(0, 100, Ct)).Changes.Where(c => c.Post is not null).Select(c => c.Post!.Body).Should().Equal("Other member's reply.");
        (await Directory.GetAsync(member, Ct))!.OptedOut.Should().BeTrue();
    }

    [Fact]
    public async Task Feed_NoMemberIdEmailNpiOrPseudonymInStructuredFields()
    {
        var member = await MemberAsync("StatLab", 2);
        await Posting.CreateThreadAsync(member, new("cases", "Title here", "Question body", null), Ct);

        var json = System.Text.Json.JsonSerializer.Serialize(await Feed.ReadAsync(0, 100, Ct));

        json.Should().NotContain(member).And.NotContain("StatLab").And.NotContain("member2@").And.NotContain(Npi.Make(2));
    }
}
