using Microsoft.AspNetCore.Authorization;

namespace Sermo.Portal.Access;

/// <summary>A client account reads only under its own id: the route's <c>{client}</c>, when there is one, must be its client.</summary>
public sealed class ClientTenantRequirement : IAuthorizationRequirement
{
    public const string RouteValue = "client";

    /// <summary>Set on the request when the refusal was another client's id, so the audit says so.</summary>
    internal const string OtherClientItem = "sermo:portal:other-client";
}
