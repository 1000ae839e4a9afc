using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sermo.Portal.Access;
using Sermo.Storage.Operations;

namespace Sermo.Portal.Operations;

/// <summary><c>GET /api/operator/ingest</c>: every source's checkpoint (when it last moved) and the dead letters by source and reason.</summary>
public static class OperatorEndpoints
{
    public const string IngestPath = "/api/operator/ingest";

    public static IEndpointRouteBuilder MapOperatorApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(IngestPath, async (IngestStatusReader status, HttpContext http, CancellationToken ct) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            return Results.Ok(await status.ReadAsync(ct));
        })
            .WithName("OperatorIngest")
            .WithSummary("Ingest checkpoints per source and dead letters by reason (counts only).")
            .RequireAuthorization(PortalPolicies.Operator);
        return app;
    }
}
