using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sermo.Portal.Access;

namespace Sermo.Portal;

/// <summary>
/// Sign-in attempts per client address (on top of the per-account lockout; reading the form is never limited), and
/// requests per API key and per signed-in account (<see cref="PortalAccessOptions.RequestsPerMinute"/>) on every
/// endpoint, so one leaked or runaway key cannot take the host. Anonymous requests are limited where they matter by their
/// own policies (sign-in, the forum's, the push token).
/// </summary>
public static class PortalRateLimits
{
    public const string SignIn = "portal-sign-in";

    public static void Configure(RateLimiterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
        {
            // A key is limited on its own; a browser session as its account.
            var caller = http.User.FindFirst(PortalAuth.KeyClaim)?.Value is { } key ? "key:" + key
                : http.User.AccountId() is { } account ? "account:" + account
                : null;
            if (caller is null)
            {
                return RateLimitPartition.GetNoLimiter("anonymous");
            }

            return RateLimitPartition.GetTokenBucketLimiter(caller, _ =>
            {
                var limit = http.RequestServices.GetRequiredService<IOptions<PortalAccessOptions>>().Value.RequestsPerMinute;
                return new TokenBucketRateLimiterOptions
                {
                    TokenLimit = limit,
                    TokensPerPeriod = limit,
                    ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                };
            });
        });
        options.AddPolicy(SignIn, http => HttpMethods.IsPost(http.Request.Method)
            ? RateLimitPartition.GetTokenBucketLimiter("portal-ip:" + http.Connection.RemoteIpAddress, _ =>
            {
                var limit = http.RequestServices.GetRequiredService<IOptions<PortalAccessOptions>>().Value.SignInsPerMinute;
                return new TokenBucketRateLimiterOptions
                {
                    TokenLimit = limit,
                    TokensPerPeriod = limit,
                    ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                };
            })
            : RateLimitPartition.GetNoLimiter("read"));
    }
}
