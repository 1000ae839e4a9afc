using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Sermo.Reports.Delivery;

namespace Sermo.Portal.Access;

/// <summary>
/// Records every request a portal policy refuses (<see cref="AccessRefusals"/>) before the 401 or 403 is written, then
/// answers as ASP.NET Core would. A client turned away from another client's path is also on the client read audit,
/// against its own id, as the report API recorded it before the portal. Forum pages have their own policies and are
/// not portal reads.
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
            if (reason == AccessRefusals.OtherClient && context.User.ClientId() is { } own)
            {
                var path = context.Request.Path.Value ?? "";
                await reports.RecordDeniedAsync(own, path[(path.IndexOf("/clients/", StringComparison.Ordinal) + 1)..], CancellationToken.None);
            }
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }

    private static bool IsPortalEndpoint(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => PortalPolicies.IsPortalPolicy(a.Policy)) == true;
}
