using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sermo.Reports.Delivery;

namespace Sermo.Portal.Access;

/// <summary>
/// Records every request a portal policy refuses (<see cref="AccessRefusals"/>) before the 401 or 403 is written, then
/// answers as ASP.NET Core would. A refused request for a client's path (<c>{client}</c> in the route) is also on the
/// client read audit under the path's client, begun and finished here as the report API does for the reads it serves
/// (privacy rule P8): without credentials as <c>no-key</c>, otherwise <c>denied</c> with the caller's client (or account).
/// Forum pages have their own policies and are not portal reads.
/// </summary>
internal sealed class RefusalAuditingResultHandler(AccessRefusals refusals, ClientReportReader reports) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if ((authorizeResult.Challenged || authorizeResult.Forbidden) && IsPortalEndpoint(context))
        {
            var reason = authorizeResult.Challenged ? AccessRefusals.NoCredentials
                : context.Items.ContainsKey(ClientTenantRequirement.OtherClientItem) ? AccessRefusals.OtherClient
                : AccessRefusals.Forbidden;
            var caller = authorizeResult.Challenged ? null : context.User.AccountId();
            await refusals.RecordAsync(context.Request.Method, context.Request.Path + context.Request.QueryString, caller, reason, CancellationToken.None);
            if (context.GetRouteValue(ClientTenantRequirement.RouteValue) is string named)
            {
                var read = await reports.BeginReadAsync(named, ClientResource(context.Request.Path, named), CancellationToken.None);
                var outcome = authorizeResult.Challenged ? ClientReportReader.NoKey : ClientReportReader.Denied;
                await reports.FinishReadAsync(read, context.User.ClientId() ?? caller, outcome, CancellationToken.None);
            }
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }

    /// <summary>What under the client was asked for: the path after <c>/clients/{client}/</c> (<c>portal</c> for the client's page itself).</summary>
    private static string ClientResource(PathString path, string client)
    {
        var value = path.Value ?? "";
        var marker = $"/clients/{client}";
        var at = value.IndexOf(marker, StringComparison.Ordinal);
        var rest = at < 0 ? "" : value[(at + marker.Length)..].TrimStart('/');
        return rest.Length > 0 ? rest : "portal";
    }

    private static bool IsPortalEndpoint(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => PortalPolicies.IsPortalPolicy(a.Policy)) == true;
}
