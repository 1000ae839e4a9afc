using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Sermo.Storage.Portal;
using Sermo.Storage.ReportRuns;

namespace Sermo.Portal.Access;

/// <summary>
/// Authenticates <c>Authorization: Bearer sermo_pk_…</c> as the account the key was issued to. An unknown, revoked or
/// expired key, or one of a disabled account, fails authentication (401), the same answer as no key at all. A client
/// report key issued before the portal (<c>sermo_…</c> without <c>pk_</c>) still reads as its client until revoked.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, PortalApiKeys keys, IClientApiKeys reportKeys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = PortalAuth.BearerToken(Request);
        if (token is null)
        {
            return AuthenticateResult.NoResult();
        }

        var found = token.StartsWith(PortalApiKeys.Prefix, StringComparison.Ordinal)
            ? await keys.AuthenticateAsync(token, Context.RequestAborted)
            : await reportKeys.FindClientAsync(token, Context.RequestAborted) is { } client ? (ReportKeyAccount(client), "report-key") : null;
        if (found is not { } key)
        {
            return AuthenticateResult.Fail("Unknown, revoked or expired API key.");
        }

        return AuthenticateResult.Success(new AuthenticationTicket(PortalAuth.Principal(key.Account, PortalAuth.KeyScheme, key.KeyId), Scheme.Name));
    }

    /// <summary>What a pre-portal report key acts as: its client, with no account row behind it.</summary>
    private static PortalAccount ReportKeyAccount(string clientId) =>
        new("report-key:" + clientId, "report key of " + clientId, PortalRoles.Client, clientId, "report-key", DateTimeOffset.UnixEpoch, null);

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
        return Task.CompletedTask;
    }
}
