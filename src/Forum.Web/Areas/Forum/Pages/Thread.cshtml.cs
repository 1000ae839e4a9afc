using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Sermo.Forum.Conversation;
using Sermo.Forum.Moderation;
using Sermo.Forum.Polls;
using Sermo.Forum.Web.Auth;
using Sermo.Forum.Web.Hosting;

namespace Sermo.Forum.Web.Areas.Forum.Pages;

/// <summary>A thread: the question, its poll, the answers with votes and the accepted one, and the reply form.</summary>
[Authorize(Policy = ForumAuth.MemberPolicy)]
[EnableRateLimiting(ForumRateLimits.Posting)]
public sealed class ThreadModel(ThreadReader reader, Posting posting, Voting voting, PollBallot polls, ModerationQueue moderation) : ForumPageModel
{
    public ThreadPage? View { get; private set; }

    [BindProperty]
    public string? Body { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) => await ShowAsync(id, cancellationToken);

    public Task<IActionResult> OnPostReplyAsync(string id, CancellationToken ct) => Write(id, async () =>
    {
        var postId = await posting.ReplyAsync(MemberId, id, Body ?? "", ct);
        return Back(id, postId, "Your answer is posted.");
    }, ct);

    public Task<IActionResult> OnPostVoteAsync(string id, string postId, int value, CancellationToken ct) => Write(id, async () =>
    {
        await voting.VoteAsync(MemberId, postId, value, ct);
        return Back(id, postId, null);
    }, ct);

    public Task<IActionResult> OnPostAcceptAsync(string id, string? postId, CancellationToken ct) => Write(id, async () =>
    {
        await voting.AcceptAsync(MemberId, id, string.IsNullOrEmpty(postId) ? null : postId, ct);
        return Back(id, postId, postId is { Length: > 0 } ? "Answer accepted." : "Accepted answer cleared.");
    }, ct);

    public Task<IActionResult> OnPostReportAsync(string id, string postId, string reason, CancellationToken ct) => Write(id, async () =>
    {
        await moderation.ReportAsync(MemberId, postId, reason, ct);
        return Back(id, postId, "Thanks: the moderators will look at it.");
    }, ct);

    public Task<IActionResult> OnPostPollVoteAsync(string id, int option, CancellationToken ct) => Write(id, async () =>
    {
        var counted = await polls.VoteAsync(MemberId, id, option, ct);
        return Back(id, null, counted ? "Your vote is counted." : "You had already voted; your first vote stands.", "poll");
    }, ct);

    public Task<IActionResult> OnPostPollCloseAsync(string id, CancellationToken ct) => Write(id, async () =>
    {
        await polls.CloseAsync(MemberId, id, ct);
        return Back(id, null, "The poll is closed.", "poll");
    }, ct);

    public Task<IActionResult> OnPostDeleteAsync(string id, string postId, CancellationToken ct) => Write(id, async () =>
    {
        await posting.DeleteAsync(MemberId, postId, ct);
        return Back(id, postId, "Your post is deleted.");
    }, ct);

    private Task<IActionResult> Write(string id, Func<Task<IActionResult>> write, CancellationToken ct) =>
        TryAsync(write, () => ShowAsync(id, ct));

    private async Task<IActionResult> ShowAsync(string id, CancellationToken ct)
    {
        View = await reader.GetAsync(id, MemberId, ct);
        return View is null ? NotFound() : Page();
    }

    private RedirectResult Back(string threadId, string? postId, string? notice, string? anchor = null)
    {
        Notice = notice;
        var fragment = anchor ?? (postId is { Length: > 0 } ? "post-" + postId : null);
        return Redirect($"/forum/thread/{Uri.EscapeDataString(threadId)}" + (fragment is null ? "" : "#" + fragment));
    }
}
