using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Sermo.Portal.Access;

namespace Sermo.Portal.Areas.Portal.Pages;

[AllowAnonymous]
[PublicEndpoint("the sign-in form itself")]
[EnableRateLimiting(PortalRateLimits.SignIn)]
public sealed class SignInModel(PortalAccounts accounts) : PageModel
{
    [BindProperty]
    public string Email { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await accounts.SignInAsync(Email, Password, cancellationToken);
        if (result.Account is { } account)
        {
            await HttpContext.SignInAsync(PortalAuth.CookieScheme, PortalAuth.Principal(account, PortalAuth.CookieScheme));
            return LocalRedirect(ReturnUrl is { } url && Url.IsLocalUrl(url) && !url.StartsWith("/forum", StringComparison.OrdinalIgnoreCase) ? url : PortalPaths.Root);
        }

        Error = result.LockedUntil is { } until
            ? $"Too many failed attempts: this account is locked until {until:HH:mm} UTC."
            : "E-mail or password is wrong.";
        Password = "";
        return Page();
    }
}
