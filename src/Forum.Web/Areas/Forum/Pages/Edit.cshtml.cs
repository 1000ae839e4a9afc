using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Sermo.Forum.Conversation;
using Sermo.Forum.Web.Auth;
using Sermo.Forum.Web.Hosting;

namespace Sermo.Forum.Web.Areas.Forum.Pages;

/// <summary>Edits the member's own post; the change feed re-ingests the new text.</summary>
[Authorize(Policy = ForumAuth.MemberPolicy)]
[EnableRateLimiting(ForumRateLimits.Posting)]
public sealed class EditModel(Posting posting) : ForumPageModel
{
    [BindProperty]
    public string Body { get; set; } = "";

    [BindProperty]
    public string? Title { get; set; }

    public string ThreadId { get; private set; } = "";

    public bool IsOpening { get; private set; }

    public Task<IActionResult> OnGetAsync(string id, CancellationToken ct) => TryAsync(async () =>
    {
        (ThreadId, Title, Body, IsOpening) = await posting.GetOwnPostAsync(MemberId, id, ct);
        return Page();
    }, () => Task.FromResult<IActionResult>(NotFound()));

    public Task<IActionResult> OnPostAsync(string id, CancellationToken ct) => TryAsync(async () =>
    {
        var own = await posting.GetOwnPostAsync(MemberId, id, ct);
        (ThreadId, IsOpening) = (own.ThreadId, own.IsOpening);
        await posting.EditAsync(MemberId, id, Body, IsOpening ? Title : null, ct);
        Notice = "Your post is updated.";
        return Redirect($"/forum/thread/{Uri.EscapeDataString(ThreadId)}#post-{id}");
    }, () => Task.FromResult<IActionResult>(Page()));
}
