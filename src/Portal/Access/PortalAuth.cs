using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Sermo.Storage.Portal;

namespace Sermo.Portal.Access;

/// <summary>
/// The portal's authentication: one policy scheme that reads an API key when the request carries
/// <c>Authorization: Bearer …</c> and the sign-in cookie otherwise. Claims carry the account, its role, its client id
/// (client accounts) and the security stamp the cookie is checked against on every request.
/// </summary>
public static class PortalAuth
{
    public const string Scheme = "Sermo.Portal";
    public const string CookieScheme = "Sermo.Portal.Cookie";
    public const string KeyScheme = "Sermo.Portal.Key";
    public const string CookieName = "sermo.portal";

    public const string ClientClaim = "sermo:portal:client";
    public const string StampClaim = "sermo:portal:stamp";
    public const string KeyClaim = "sermo:portal:key";

    private const string Bearer = "Bearer ";

    public static ClaimsPrincipal Principal(PortalAccount account, string scheme, string? keyId = null)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, account.AccountId),
            new(ClaimTypes.Name, account.Email),
            new(ClaimTypes.Role, account.Role),
            new(StampClaim, account.SecurityStamp),
        };
        if (account.ClientId is { } client)
        {
            claims.Add(new Claim(ClientClaim, client));
        }

        if (keyId is not null)
        {
            claims.Add(new Claim(KeyClaim, keyId));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    public static string? AccountId(this ClaimsPrincipal user) =>
        user.Identities.Any(i => i.AuthenticationType is CookieScheme or KeyScheme) ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    /// <summary>For audits: the API key a request came with, else its account; null for anyone the portal did not sign in.</summary>
    public static string? CallerId(this ClaimsPrincipal user) => user.AccountId() is { } account ? user.FindFirstValue(KeyClaim) ?? account : null;

    /// <summary>A browser session (the sign-in cookie), as opposed to an API key: only a session has anything to sign out of.</summary>
    public static bool HasSession(this ClaimsPrincipal user) => user.Identities.Any(i => i.AuthenticationType == CookieScheme);

    public static string? ClientId(this ClaimsPrincipal user) => user.FindFirstValue(ClientClaim);

    public static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase) ? header[Bearer.Length..].Trim() : null;
    }

    /// <summary>Machines send a key; browsers carry the cookie.</summary>
    internal static string SelectScheme(HttpContext http) => BearerToken(http.Request) is null ? CookieScheme : KeyScheme;
}
