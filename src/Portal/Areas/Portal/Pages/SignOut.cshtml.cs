using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sermo.Portal.Access;

namespace Sermo.Portal.Areas.Portal.Pages;

[Authorize(Policy = PortalPolicies.User)]
public sealed class SignOutModel : PageModel
{
    public IActionResult OnGet() => Redirect(PortalPaths.Root);

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(PortalAuth.CookieScheme);
        return Redirect(PortalPaths.SignIn);
    }
}
