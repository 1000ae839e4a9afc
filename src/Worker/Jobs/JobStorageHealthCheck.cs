using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Sermo.Worker.Jobs;

/// <summary>Hangfire's job storage answers (in memory always; PostgreSQL when its database does).</summary>
internal sealed class JobStorageHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var statistics = storage.GetMonitoringApi().GetStatistics();
        return Task.FromResult(HealthCheckResult.Healthy($"{statistics.Servers} server(s), {statistics.Enqueued} enqueued, {statistics.Failed} failed"));
    }
}
