using Microsoft.AspNetCore.Authorization;
using Sermo.Forum.Members;
using Sermo.Forum.Web.Auth;

namespace Sermo.Forum.Web.Areas.Forum.Pages;

/// <summary>Where a signed-in account lands when it may not see a page: awaiting review, rejected, or lacking a role.</summary>
[Authorize(Policy = ForumAuth.AccountPolicy)]
public sealed class AccessModel(MemberDirectory directory) : ForumPageModel
{
    public string? Review { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var member = await directory.GetAsync(MemberId, cancellationToken);
        Review = member?.Verified == true ? ReviewStates.Approved : member?.Review;
    }
}
