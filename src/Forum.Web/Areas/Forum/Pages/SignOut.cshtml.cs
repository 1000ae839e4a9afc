using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sermo.Forum.Web.Auth;
using Sermo.Forum.Web.Hosting;

namespace Sermo.Forum.Web.Areas.Forum.Pages;

[AllowAnonymous]
public sealed class SignOutModel : ForumPageModel
{
    public IActionResult OnGet() => Redirect(ForumPaths.Root);

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(ForumAuth.Scheme);
        return Redirect(ForumPaths.SignIn);
    }
}
