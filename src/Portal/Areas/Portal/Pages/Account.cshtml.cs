using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;
using Sermo.Portal.Access;

namespace Sermo.Portal.Areas.Portal.Pages;

/// <summary>
/// A signed-in user's own password change: the current password and the new one twice, with the antiforgery token
/// every portal form carries. A wrong current password counts as a failed sign-in; a change ends the account's other
/// sessions and re-issues this one's cookie with the new security stamp.
/// </summary>
[Authorize(Policy = PortalPolicies.User)]
public sealed class AccountModel(PortalPasswordChanges changes, ILogger<AccountModel> logger) : PageModel
{
    public string? Notice { get; private set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? current, string? password, string? confirm, CancellationToken cancellationToken)
    {
        var accountId = User.AccountId();
        if (accountId is null || User.Identity?.AuthenticationType != PortalAuth.CookieScheme)
        {
            // An API key acts for its account but is not its owner signed in: it changes no password.
            return Forbid();
        }

        var (outcome, account, problem) = await changes.ChangeAsync(accountId, current ?? "", password ?? "", confirm ?? "", cancellationToken);
        logger.LogInformation("Portal password change by {Account}: {Outcome}", User.Identity?.Name, outcome);
        if (account is not null)
        {
            await HttpContext.SignInAsync(PortalAuth.CookieScheme, PortalAuth.Principal(account, PortalAuth.CookieScheme));
            Notice = "Your password is changed. Your other sessions have ended.";
            return Page();
        }

        Error = problem;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
