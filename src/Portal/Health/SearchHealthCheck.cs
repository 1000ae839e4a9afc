using Microsoft.Extensions.Diagnostics.HealthChecks;
using Sermo.Analytics.Query;
using Sermo.Storage.Search;

namespace Sermo.Portal.Health;

/// <summary>The search backend answers a one-term query (no hits returned, no aggregations), whichever engine is configured.</summary>
internal sealed class SearchHealthCheck(ISearchIndex index) : IHealthCheck
{
    private static readonly QueryNode Probe = QueryParser.Parse("health");

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await index.SearchAsync(new SearchRequest(Probe, Size: 0, Aggregations: false), cancellationToken);
            return HealthCheckResult.Healthy("search index answers");
        }
        catch (SearchIndexUnavailableException ex)
        {
            return HealthCheckResult.Unhealthy(ex.Message);
        }
    }
}
