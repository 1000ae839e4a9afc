using Sermo.Forum.Conversation;
using Sermo.Forum.Polls;

namespace Sermo.Forum.Tests.Conversation;

/// <summary>Threads, replies, votes, accepted answers, polls, reports and the forum's search, on either backend.</summary>
public abstract class ConversationContract(IForumBackend backend) : ForumTestBase(backend)
{
    [Fact]
    public async Task CreateThread_Unverified_Refused()
    {
        var pending = await MemberAsync("QuietRounds", 1, approve: false);

        var act = () => Posting.CreateThreadAsync(pending, new("cases", "A question", "Body text", null), Ct);

        await act.Should().ThrowAsync<ForumRuleException>().WithMessage("*verified*");
    }

    [Fact]
    public async Task Thread_ReplyVoteAccept_ViewShowsScoresOwnVoteAndAcceptedAnswer()
    {
        var (asker, answerer, voter) = (await MemberAsync("StatLab", 2), await MemberAsync("SteadyHands", 3), await MemberAsync("RuralGP", 4));
        var thread = await Posting.CreateThreadAsync(asker, new("drugs-and-devices", "Apixaban in CKD 4?", "Dose for CrCl 20?", null), Ct);
        Time.Advance(TimeSpan.FromMinutes(5));
        var answer = await Posting.ReplyAsync(answerer, thread, "2.5 mg bid per label if two criteria.", Ct);
        Time.Advance(TimeSpan.FromMinutes(5));
        var second = await Posting.ReplyAsync(voter, thread, "We use 5 mg bid.", Ct);

        await Voting.VoteAsync(asker, answer, 1, Ct);
        await Voting.VoteAsync(voter, answer, 1, Ct);
        await Voting.VoteAsync(asker, second, -1, Ct);
        await Voting.VoteAsync(asker, second, 0, Ct);
        await Voting.AcceptAsync(asker, thread, answer, Ct);

        var page = await Reader.GetAsync(thread, asker, Ct);
        page!.ViewerIsAsker.Should().BeTrue();
        page.Category.Should().Be("drugs-and-devices");
        page.Posts.Select(p => (p.AuthorName, p.IsOpening, p.Score, p.ViewerVote, p.IsAccepted)).Should().Equal(
            ("StatLab", true, 0, 0, false), ("SteadyHands", false, 2, 1, true), ("RuralGP", false, 0, 0, false));
        (await Reader.ListAsync("drugs-and-devices", 0, 20, Ct)).Should().ContainSingle().Which.Should().BeEquivalentTo(
            new { ThreadId = thread, Replies = 2, Answered = true, HasPoll = false, AuthorName = "StatLab" });
        (await Reader.ListAsync("careers", 0, 20, Ct)).Should().BeEmpty();
        (await Reader.ListAsync(null, 0, 20, Ct)).Should().ContainSingle("no category: every thread");
    }

    [Fact]
    public async Task Vote_OwnAnswerOrQuestion_Refused_AcceptByOthersRefused()
    {
        var (asker, answerer) = (await MemberAsync("StatLab", 2), await MemberAsync("SteadyHands", 3));
        var thread = await Posting.CreateThreadAsync(asker, new("cases", "A question", "Body text", null), Ct);
        var answer = await Posting.ReplyAsync(answerer, thread, "An answer.", Ct);
        var opening = (await Reader.GetAsync(thread, asker, Ct))!.Posts[0].PostId;

        await ((Func<Task>)(() => Voting.VoteAsync(answerer, answer, 1, Ct))).Should().ThrowAsync<ForumRuleException>();
        await ((Func<Task>)(() => Voting.VoteAsync(answerer, opening, 1, Ct))).Should().ThrowAsync<ForumRuleException>();
        await ((Func<Task>)(() => Voting.AcceptAsync(answerer, thread, answer, Ct))).Should().ThrowAsync<ForumRuleException>();
    }

    [Fact]
    public async Task Poll_ResultsAfterVotingOrClose_OneVotePerMember()
    {
        var (asker, a, b) = (await MemberAsync("StatLab", 2), await MemberAsync("SteadyHands", 3), await MemberAsync("RuralGP", 4));
        var thread = await Posting.CreateThreadAsync(asker, new("practice-and-policy", "Prior auth burden", "How many hours a week?",
            new NewPoll("Hours per week on prior auth?", ["<1", "1-5", ">5"], null)), Ct);

        (await Reader.GetAsync(thread, a, Ct))!.Poll!.ShowsResults.Should().BeFalse();
        (await Polls.VoteAsync(a, thread, 2, Ct)).Should().BeTrue();
        (await Polls.VoteAsync(a, thread, 3, Ct)).Should().BeFalse("the first vote stands");

        var afterVoting = (await Reader.GetAsync(thread, a, Ct))!.Poll!;
        afterVoting.ViewerChoice.Should().Be(2);
        afterVoting.Options.Select(o => o.Votes).Should().Equal(0, 1, 0);
        (await Reader.GetAsync(thread, b, Ct))!.Poll!.Options.Should().OnlyContain(o => o.Votes == null);

        await ((Func<Task>)(() => Polls.CloseAsync(a, thread, Ct))).Should().ThrowAsync<ForumRuleException>();
        await Polls.CloseAsync(asker, thread, Ct);
        var closed = (await Reader.GetAsync(thread, b, Ct))!.Poll!;
        closed.Closed.Should().BeTrue();
        closed.TotalVotes.Should().Be(1);
        await ((Func<Task>)(() => Polls.VoteAsync(b, thread, 1, Ct))).Should().ThrowAsync<ForumRuleException>().WithMessage("*closed*");
    }

    [Fact]
    public async Task Poll_OneOrElevenOptions_Refused()
    {
        var asker = await MemberAsync("StatLab", 2);

        var one = () => Posting.CreateThreadAsync(asker, new("cases", "A poll thread", "Body", new NewPoll("Which one?", ["only"], null)), Ct);
        var eleven = () => Posting.CreateThreadAsync(asker, new("cases", "A poll thread", "Body", new NewPoll("Which one?", Enumerable.Range(1, 11).Select(i => $"o{i}").ToList(), null)), Ct);

        await one.Should().ThrowAsync<ForumRuleException>().Where(e => e.Field == "PollOptions");
        await eleven.Should().ThrowAsync<ForumRuleException>().Where(e => e.Field == "PollOptions");
        (await Reader.ListAsync(null, 0, 20, Ct)).Should().BeEmpty();
    }

    [Fact]
    public async Task Poll_ClosesAtPasses_ResultsForEveryone()
    {
        var (asker, b) = (await MemberAsync("StatLab", 2), await MemberAsync("RuralGP", 4));
        var thread = await Posting.CreateThreadAsync(asker, new("off-topic", "Best call room snack", "Vote.",
            new NewPoll("Snack?", ["Pretzels", "Fruit"], Time.GetUtcNow().AddDays(1))), Ct);

        Time.Advance(TimeSpan.FromDays(1));

        (await Reader.GetAsync(thread, b, Ct))!.Poll!.Should().BeEquivalentTo(new { Closed = true, TotalVotes = 0 });
    }

    [Fact]
    public async Task Search_WordsInTextOrTitle_VisiblePostsOnly()
    {
        var (asker, other) = (await MemberAsync("StatLab", 2), await MemberAsync("RuralGP", 4));
        var thread = await Posting.CreateThreadAsync(asker, new("cases", "Resistant hypertension", "Fourth agent after chlorthalidone?", null), Ct);
        var reply = await Posting.ReplyAsync(other, thread, "Spironolactone 25 mg, per PATHWAY-2.", Ct);
        var gone = await Posting.ReplyAsync(other, thread, "Spironolactone again, deleted later.", Ct);
        await Posting.DeleteAsync(other, gone, Ct);

        (await Reader.SearchAsync("spironolactone", 20, Ct)).Select(h => h.PostId).Should().Equal(reply);
        (await Reader.SearchAsync("hypertension PATHWAY", 20, Ct)).Select(h => h.PostId).Should().Equal(reply);
        (await Reader.SearchAsync("100%_", 20, Ct)).Should().BeEmpty();
    }

    [Fact]
    public async Task Report_ThenHide_PostHiddenInThreadAndReportResolved_DismissClearsOthers()
    {
        var (asker, other) = (await MemberAsync("StatLab", 2), await MemberAsync("RuralGP", 4));
        var thread = await Posting.CreateThreadAsync(asker, new("off-topic", "Weekend", "Anyone hiking?", null), Ct);
        var spam = await Posting.ReplyAsync(other, thread, "Buy cheap pills here.", Ct);
        var fine = await Posting.ReplyAsync(other, thread, "Yes, Saturday.", Ct);
        await Moderation.ReportAsync(asker, spam, "Spam", Ct);
        await Moderation.ReportAsync(asker, fine, "Off topic?", Ct);

        (await Moderation.ListOpenAsync(Ct)).Select(r => r.PostId).Should().Equal(spam, fine);
        (await Moderation.HideAsync(spam, Ct)).Should().BeTrue();
        await Moderation.DismissAsync(fine, Ct);

        (await Moderation.ListOpenAsync(Ct)).Should().BeEmpty();
        (await Moderation.ListHiddenAsync(Ct)).Should().ContainSingle().Which.PostId.Should().Be(spam);
        var page = await Reader.GetAsync(thread, asker, Ct);
        page!.Posts.Single(p => p.PostId == spam).Should().BeEquivalentTo(new { State = PostState.Hidden, Body = "[hidden by a moderator]" });
    }

    [Fact]
    public async Task Edit_OwnPostOnly_OpeningPostEditChangesTitle()
    {
        var (asker, other) = (await MemberAsync("StatLab", 2), await MemberAsync("RuralGP", 4));
        var thread = await Posting.CreateThreadAsync(asker, new("cases", "Typo in titel", "First text", null), Ct);
        var opening = (await Reader.GetAsync(thread, asker, Ct))!.Posts[0].PostId;

        await Posting.EditAsync(asker, opening, "Second text", "Typo in title", Ct);
        var edit = () => Posting.EditAsync(other, opening, "Hijacked", null, Ct);

        await edit.Should().ThrowAsync<ForumRuleException>();
        var page = await Reader.GetAsync(thread, asker, Ct);
        page!.Title.Should().Be("Typo in title");
        page.Posts[0].Should().BeEquivalentTo(new { Body = "Second text", EditedAt = (DateTimeOffset?)Time.GetUtcNow() });
    }
}
