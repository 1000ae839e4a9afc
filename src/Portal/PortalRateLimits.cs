using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sermo.Portal.Access;

namespace Sermo.Portal;

/// <summary>Sign-in attempts per client address (on top of the per-account lockout); reading the form is never limited.</summary>
public static class PortalRateLimits
{
    public const string SignIn = "portal-sign-in";

    public static void Configure(RateLimiterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
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
