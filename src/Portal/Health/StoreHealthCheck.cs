using Microsoft.Extensions.Diagnostics.HealthChecks;
using Sermo.Storage;

namespace Sermo.Portal.Health;

/// <summary>The post store answers, on whichever backend <c>Storage:Provider</c> picks: it opens (migrated) and a read of the posts table returns.</summary>
internal sealed class StoreHealthCheck(StoreDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT EXISTS (SELECT 1 FROM posts)";
        await command.ExecuteScalarAsync(cancellationToken);
        return HealthCheckResult.Healthy("post store opens and reads");
    }
}
