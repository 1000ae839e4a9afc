using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Sermo.Portal.Access;

/// <summary>Succeeds <see cref="ClientTenantRequirement"/> when the route names no client or the account's own.</summary>
internal sealed class ClientTenantHandler : AuthorizationHandler<ClientTenantRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ClientTenantRequirement requirement)
    {
        var own = context.User.ClientId();
        if (own is null || context.Resource is not HttpContext http)
        {
            return Task.CompletedTask;
        }

        var named = http.GetRouteValue(ClientTenantRequirement.RouteValue) as string;
        if (named is null || string.Equals(named, own, StringComparison.Ordinal))
        {
            context.Succeed(requirement);
        }
        else
        {
            http.Items[ClientTenantRequirement.OtherClientItem] = named;
        }

        return Task.CompletedTask;
    }
}
