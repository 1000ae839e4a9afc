using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sermo.Forum.Conversation;
using Sermo.Forum.Web.Auth;

namespace Sermo.Forum.Web.Areas.Forum.Pages;

/// <summary>What every forum page knows about the signed-in member (from claims refreshed on each request).</summary>
public abstract class ForumPageModel : PageModel
{
    public string MemberId => User.MemberId() ?? throw new InvalidOperationException("This page requires a signed-in member.");

    public string? Pseudonym => User.FindFirstValue(ClaimTypes.Name);

    public bool IsVerified => User.HasClaim(ForumAuth.VerifiedClaim, "true");

    public bool IsModerator => IsVerified && (User.IsInRole(Sermo.Forum.Members.ForumRoles.Moderator) || User.IsInRole(Sermo.Forum.Members.ForumRoles.Admin));

    public bool IsAdmin => IsVerified && User.IsInRole(Sermo.Forum.Members.ForumRoles.Admin);

    /// <summary>One line shown above the page after a redirect ("Your reply is posted").</summary>
    [TempData]
    public string? Notice { get; set; }

    /// <summary>Runs a member's write; a refused one becomes a form error on the field it names and the page is shown again.</summary>
    protected async Task<IActionResult> TryAsync(Func<Task<IActionResult>> write, Func<Task<IActionResult>> showAgain)
    {
        try
        {
            return await write();
        }
        catch (ForumRuleException ex)
        {
            ModelState.AddModelError(ex.Field.Length == 0 ? string.Empty : "Input." + ex.Field, ex.Message);
            return await showAgain();
        }
    }
}
