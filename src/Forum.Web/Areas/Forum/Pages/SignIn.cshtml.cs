using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Sermo.Forum.Members;
using Sermo.Forum.Web.Auth;
using Sermo.Forum.Web.Hosting;

namespace Sermo.Forum.Web.Areas.Forum.Pages;

[AllowAnonymous]
[EnableRateLimiting(ForumRateLimits.SignIn)]
public sealed class SignInModel(MemberSignIn signIn) : ForumPageModel
{
    [BindProperty]
    public string Email { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await signIn.SignInAsync(Email, Password, cancellationToken);
        switch (result.Outcome)
        {
            case SignInOutcome.Succeeded:
                await HttpContext.SignInAsync(ForumAuth.Scheme, ForumAuth.Principal(result.MemberId!, result.SecurityStamp!));
                return LocalRedirect(ReturnUrl is { } url && Url.IsLocalUrl(url) && url.StartsWith(ForumPaths.Root, StringComparison.Ordinal) ? url : ForumPaths.Root);
            case SignInOutcome.LockedOut:
                ModelState.AddModelError(string.Empty, $"Too many failed attempts: this account is locked until {result.LockedUntil:HH:mm} UTC.");
                break;
            default:
                ModelState.AddModelError(string.Empty, "E-mail or password is wrong.");
                break;
        }

        Password = "";
        return Page();
    }
}
