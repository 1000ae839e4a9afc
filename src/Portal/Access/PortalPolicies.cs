using Microsoft.AspNetCore.Authorization;

namespace Sermo.Portal.Access;

/// <summary>
/// The policy every portal endpoint declares. Roles do not nest: an analyst reads no client's reports, a client runs no
/// search, and only admins manage accounts (admins are operators too). <see cref="Client"/> also requires the
/// <c>{client}</c> in the route to be the account's own client.
/// </summary>
public static class PortalPolicies
{
    public const string Client = "portal-client";
    public const string Analyst = "portal-analyst";
    public const string DataTeam = "portal-data-team";
    public const string Operator = "portal-operator";
    public const string Admin = "portal-admin";

    /// <summary>Any signed-in portal account, whatever its role (home page, API docs, sign-out).</summary>
    public const string User = "portal-user";

    public static bool IsPortalPolicy(string? policy) => policy is not null && policy.StartsWith("portal-", StringComparison.Ordinal);

    internal static void Add(AuthorizationBuilder builder)
    {
        builder
            .AddPolicy(Client, p => Portal(p).RequireRole(PortalRoles.Client).AddRequirements(new ClientTenantRequirement()))
            .AddPolicy(Analyst, p => Portal(p).RequireRole(PortalRoles.Analyst))
            .AddPolicy(DataTeam, p => Portal(p).RequireRole(PortalRoles.DataTeam))
            .AddPolicy(Operator, p => Portal(p).RequireRole(PortalRoles.Operator, PortalRoles.Admin))
            .AddPolicy(Admin, p => Portal(p).RequireRole(PortalRoles.Admin))
            .AddPolicy(User, p => Portal(p).RequireAuthenticatedUser());
    }

    private static AuthorizationPolicyBuilder Portal(AuthorizationPolicyBuilder policy) =>
        policy.AddAuthenticationSchemes(PortalAuth.Scheme).RequireAuthenticatedUser();
}
