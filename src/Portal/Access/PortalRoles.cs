namespace Sermo.Portal.Access;

/// <summary>
/// The portal's roles. One account has one role; a client account is bound to one client id and reads nothing else.
/// Forum members are not portal accounts: they sign in to the forum with their own scheme.
/// </summary>
public static class PortalRoles
{
    /// <summary>A paying client's user or machine: its own heat maps, reports and watchlist only.</summary>
    public const string Client = "client";

    /// <summary>Internal analyst: keyword queries over every anonymized post, drill-down, client watchlists.</summary>
    public const string Analyst = "analyst";

    /// <summary>The data team: labels, models, evaluation, re-tags.</summary>
    public const string DataTeam = "data-team";

    /// <summary>Runs the hosts: jobs, ingest lag, dead letters, health.</summary>
    public const string Operator = "operator";

    /// <summary>Manages portal accounts; also an operator.</summary>
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Client, Analyst, DataTeam, Operator, Admin];

    public static bool IsKnown(string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);
}
