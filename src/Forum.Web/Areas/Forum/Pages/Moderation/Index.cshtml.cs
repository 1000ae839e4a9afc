using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Sermo.Forum.Moderation;
using Sermo.Forum.Web.Auth;
using Sermo.Forum.Web.Hosting;

namespace Sermo.Forum.Web.Areas.Forum.Pages.Moderation;

/// <summary>Moderators hide reported posts (they leave analytics too) or dismiss the reports, and can show hidden posts again.</summary>
[Authorize(Policy = ForumAuth.ModeratorPolicy)]
[EnableRateLimiting(ForumRateLimits.Posting)]
public sealed class ModerationModel(ModerationQueue queue) : ForumPageModel
{
    public IReadOnlyList<ReportedPost> Reported { get; private set; } = [];

    public IReadOnlyList<HiddenPost> Hidden { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Reported = await queue.ListOpenAsync(ct);
        Hidden = await queue.ListHiddenAsync(ct);
    }

    public async Task<IActionResult> OnPostHideAsync(string postId, CancellationToken ct)
    {
        await queue.HideAsync(postId, ct);
        Notice = "The post is hidden and leaves client analytics at the next ingest cycle.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDismissAsync(string postId, CancellationToken ct)
    {
        await queue.DismissAsync(postId, ct);
        Notice = "Reports dismissed.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostUnhideAsync(string postId, CancellationToken ct)
    {
        await queue.UnhideAsync(postId, ct);
        Notice = "The post is visible again.";
        return RedirectToPage();
    }
}
