using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Sermo.Portal.Access;

/// <summary>
/// Authenticates <c>Authorization: Bearer sermo_pk_…</c> as the account the key was issued to. An unknown, revoked or
/// expired key, or one of a disabled account, fails authentication (401), the same answer as no key at all.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, PortalApiKeys keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = PortalAuth.BearerToken(Request);
        if (token is null)
        {
            return AuthenticateResult.NoResult();
        }

        var found = await keys.AuthenticateAsync(token, Context.RequestAborted);
        if (found is not { } key)
        {
            return AuthenticateResult.Fail("Unknown, revoked or expired API key.");
        }

        return AuthenticateResult.Success(new AuthenticationTicket(PortalAuth.Principal(key.Account, PortalAuth.KeyScheme, key.KeyId), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
        return Task.CompletedTask;
    }
}
