using Sermo.Portal.Access;

namespace Sermo.Portal;

/// <summary>One thing a role can open from the portal's home page; <see cref="Href"/> is null while it is not built.</summary>
public sealed record PortalSurface(string Title, string? Href, string Note)
{
    private const string NotBuilt = "not built yet";

    public static IReadOnlyList<PortalSurface> For(string role, string? clientId) => role switch
    {
        PortalRoles.Client =>
        [
            new("Heat map, reports and watchlist", $"/portal/clients/{clientId}", "hover a cell for its values, click it for excerpts"),
            new("Reports (API)", "/portal/api-docs", $"GET /api/clients/{clientId}/reports with a key"),
        ],
        PortalRoles.Analyst => [new("Query console", "/portal/analyst", "keyword queries, excerpts, histogram, facets"), new("Search (API)", "/portal/api-docs", "GET /api/search")],
        PortalRoles.DataTeam =>
        [
            new("Sentiment models", "/portal/models", "versions, held-out scores, promote and roll back"),
            new("Labelling", null, NotBuilt + "; use the CLI verbs labels export|import"),
        ],
        PortalRoles.Operator or PortalRoles.Admin =>
        [
            new("Operations", "/portal/operator", "health with reasons, ingest lag per source, dead letters by reason with replay after fix"),
            new("Jobs", "/jobs", "Hangfire dashboard"),
        ],
        _ => [],
    };
}
