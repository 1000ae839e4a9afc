using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Sermo.Forum.Web.Hosting;

/// <summary>
/// ASP.NET Core rate-limiter policies. Reading is never limited; form posts are: posting content per member, other
/// actions per member, and sign-in / registration per client address. Over the limit the answer is 429.
/// </summary>
public static class ForumRateLimits
{
    public const string Posting = "forum-posting";
    public const string SignIn = "forum-sign-in";

    /// <summary>Page handlers that create content (the rest of a page's posts count as actions).</summary>
    private static readonly HashSet<string> ContentHandlers = new(StringComparer.OrdinalIgnoreCase) { "", "reply", "create", "edit" };

    public static void Configure(RateLimiterOptions options)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        // The limiter's one rejection handler answers every policy of the host, the portal's API keys too: problem+json,
        // as every other error of the host (a text page here made an API client's 429 unparseable; found adding the forum to the fuzz run).
        options.OnRejected = async (context, _) =>
        {
            context.HttpContext.Response.Headers.RetryAfter = "60";
            await Results.Problem(title: "Too many requests", detail: "Wait a minute and try again.", statusCode: StatusCodes.Status429TooManyRequests)
                .ExecuteAsync(context.HttpContext);
        };
        options.AddPolicy(Posting, http =>
        {
            if (!HttpMethods.IsPost(http.Request.Method))
            {
                return RateLimitPartition.GetNoLimiter("read");
            }

            var web = http.RequestServices.GetRequiredService<IOptions<ForumWebOptions>>().Value;
            var handler = http.Request.Query["handler"].ToString();
            var content = ContentHandlers.Contains(handler);
            var who = http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "ip:" + http.Connection.RemoteIpAddress;
            return PerMinute((content ? "post:" : "act:") + who, content ? web.PostsPerMinute : web.ActionsPerMinute);
        });
        options.AddPolicy(SignIn, http => HttpMethods.IsPost(http.Request.Method)
            ? PerMinute("ip:" + http.Connection.RemoteIpAddress, http.RequestServices.GetRequiredService<IOptions<ForumWebOptions>>().Value.SignInsPerMinute)
            : RateLimitPartition.GetNoLimiter("read"));
    }

    private static RateLimitPartition<string> PerMinute(string key, int limit) =>
        RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = limit,
            TokensPerPeriod = limit,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
}
