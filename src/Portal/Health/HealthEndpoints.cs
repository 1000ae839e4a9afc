using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Sermo.Portal.Access;

namespace Sermo.Portal.Health;

/// <summary>
/// <c>GET /health</c> for load balancers and anyone: only Healthy, Degraded or Unhealthy (503), nothing that describes
/// the installation. <c>GET /api/operator/health</c> for operators: each check with its status, time taken and reason.
/// </summary>
public static class HealthEndpoints
{
    public const string Path = "/health";
    public const string OperatorPath = "/api/operator/health";

    /// <summary>Checks register with this tag to appear on both endpoints; a check added by the Worker (job storage) uses it too.</summary>
    public const string Tag = "sermo";

    public static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(10);

    public static IEndpointRouteBuilder MapSermoHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks(Path, new HealthCheckOptions { Predicate = c => c.Tags.Contains(Tag) })
            .AllowAnonymous()
            .WithMetadata(new PublicEndpoint("load balancers probe it; the answer is one word"));
        app.MapHealthChecks(OperatorPath, new HealthCheckOptions { Predicate = c => c.Tags.Contains(Tag), ResponseWriter = WriteDetailsAsync })
            .RequireAuthorization(PortalPolicies.Operator);
        return app;
    }

    private static Task WriteDetailsAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString(),
            totalMilliseconds = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            checks = report.Entries.Select(e => new
            {
                name = e.Key,
                status = e.Value.Status.ToString(),
                milliseconds = Math.Round(e.Value.Duration.TotalMilliseconds, 1),
                description = e.Value.Description ?? e.Value.Exception?.Message,
            }),
        };
        return http.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web), http.RequestAborted);
    }
}
