using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Sermo.Forum.Members;
using Sermo.Forum.Web.Auth;
using Sermo.Forum.Web.Hosting;

namespace Sermo.Forum.Web.Areas.Forum.Pages.Admin;

[Authorize(Policy = ForumAuth.AdminPolicy)]
[EnableRateLimiting(ForumRateLimits.Posting)]
public sealed class MembersModel(MemberDirectory directory) : ForumPageModel
{
    public IReadOnlyList<PendingMember> Pending { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Pending = await directory.ListPendingAsync(ct);

    public async Task<IActionResult> OnPostReviewAsync(string memberId, bool approve, CancellationToken ct)
    {
        var reviewed = await directory.ReviewAsync(memberId, approve, ct);
        Notice = !reviewed ? "That account was already reviewed." : approve ? "Approved." : "Rejected.";
        return RedirectToPage();
    }
}
