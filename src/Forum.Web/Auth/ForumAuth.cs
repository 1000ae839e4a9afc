using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Forum.Members;
using Sermo.Forum.Web.Hosting;

namespace Sermo.Forum.Web.Auth;

/// <summary>
/// The forum's own cookie scheme and policies. The cookie holds only the member id and security stamp; every request
/// reloads the member, so an approval, a role, a new pseudonym or a deleted account takes effect at once.
/// </summary>
public static class ForumAuth
{
    public const string Scheme = "Sermo.Forum";
    public const string CookieName = "sermo.forum";
    public const string VerifiedClaim = "sermo:forum:verified";
    public const string StampClaim = "sermo:forum:stamp";

    public const string AccountPolicy = "forum-account";
    public const string MemberPolicy = "forum-member";
    public const string ModeratorPolicy = "forum-moderator";
    public const string AdminPolicy = "forum-admin";

    public static ClaimsPrincipal Principal(string memberId, string stamp) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, memberId), new Claim(StampClaim, stamp)], Scheme));

    public static string? MemberId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>Replaces the cookie's claims with the member as stored now, or signs them out when the account is gone.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var id = context.Principal?.MemberId();
        var directory = context.HttpContext.RequestServices.GetRequiredService<MemberDirectory>();
        var member = id is null ? null : await directory.GetAsync(id, context.HttpContext.RequestAborted);
        if (member is null || member.SecurityStamp != context.Principal!.FindFirstValue(StampClaim))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
            return;
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, member.MemberId),
            new(StampClaim, member.SecurityStamp!),
            new(ClaimTypes.Name, member.Pseudonym),
            new(VerifiedClaim, member.Verified ? "true" : "false"),
        };
        claims.AddRange(member.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        context.ReplacePrincipal(new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme)));
    }

    public static void ConfigureCookie(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = CookieName;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.Cookie.Path = ForumPaths.Root;
        options.LoginPath = ForumPaths.SignIn;
        options.AccessDeniedPath = ForumPaths.Access;
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
        options.SlidingExpiration = true;
        options.Events.OnValidatePrincipal = ValidateAsync;
    }
}
