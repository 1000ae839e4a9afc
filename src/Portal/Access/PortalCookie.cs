using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Sermo.Portal.Access;

/// <summary>
/// The portal's sign-in cookie for browsers. It holds the account id and security stamp; every request reloads the
/// account, so a disabled account or a changed role takes effect at once. API calls get 401/403, never a redirect.
/// </summary>
internal static class PortalCookie
{
    public static void Configure(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = PortalAuth.CookieName;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        // The operators' /jobs dashboard and the API read the same cookie as the pages.
        options.Cookie.Path = "/";
        options.LoginPath = PortalPaths.SignIn;
        options.SlidingExpiration = true;
        options.Events.OnValidatePrincipal = ValidateAsync;
        options.Events.OnRedirectToLogin = context =>
        {
            if (PortalPaths.IsPage(context.Request) && HttpMethods.IsGet(context.Request.Method))
            {
                context.Response.Redirect(context.RedirectUri);
            }
            else
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                context.Response.Headers.WWWAuthenticate = "Bearer";
            }

            return Task.CompletedTask;
        };
        options.Events.OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
    }

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var id = context.Principal?.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        var accounts = context.HttpContext.RequestServices.GetRequiredService<PortalAccounts>();
        var account = id is null ? null : await accounts.GetAsync(id, context.HttpContext.RequestAborted);
        if (account is null || account.Disabled || account.SecurityStamp != context.Principal!.FindFirst(PortalAuth.StampClaim)?.Value)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(PortalAuth.CookieScheme);
            return;
        }

        context.ReplacePrincipal(PortalAuth.Principal(account, PortalAuth.CookieScheme));
    }
}
