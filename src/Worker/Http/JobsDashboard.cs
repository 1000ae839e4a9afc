using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sermo.Worker.Jobs;

namespace Sermo.Worker.Http;

/// <summary>
/// Hangfire's dashboard at <c>/jobs</c>, for operators only (<see cref="OperatorAccess"/>): recurring jobs, queues,
/// retries, failures with their reasons, servers. Not mapped at all (404) without <c>Jobs:OperatorKey</c>, nor where
/// it would show an empty store: the in-memory store of a <c>serve</c> that runs no jobs.
/// </summary>
public static class JobsDashboard
{
    public const string Path = "/jobs";

    /// <summary>The services the dashboard needs in the web app, taken from the Sermo host that owns the job storage.</summary>
    public static IServiceCollection AddJobsDashboard(this IServiceCollection services, IServiceProvider sermo)
    {
        // Hangfire checks that it was configured; the configuration is the Sermo host's.
        services.AddSingleton(sermo.GetRequiredService<IGlobalConfiguration>());
        services.AddSingleton(DashboardRoutes.Routes);
        // Hangfire checks antiforgery tokens on the dashboard's buttons when the service exists: a browser sends Basic
        // credentials by itself, so a cross-site form must not be able to trigger or delete jobs.
        services.AddAntiforgery();
        return services;
    }

    /// <returns>Why the dashboard is not served, or null when it is.</returns>
    public static string? MapJobsDashboard(this WebApplication app, IServiceProvider sermo, bool runsJobs)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = sermo.GetRequiredService<IOptions<JobOptions>>().Value;
        if (string.IsNullOrWhiteSpace(options.OperatorKey))
        {
            return "Jobs:OperatorKey is not set";
        }

        if (!runsJobs && !JobStores.IsPersistent(options))
        {
            return "this process runs no jobs (--workers) and the job store is in memory";
        }

        var access = new OperatorAccess(options.OperatorKey);
        app.UseHangfireDashboard(Path, new DashboardOptions
        {
            Authorization = [new OperatorDashboardAuthorization(access)],
            DashboardTitle = "Sermo jobs",
            AppPath = null,
            DisplayStorageConnectionString = false,
        }, sermo.GetRequiredService<JobStorage>());
        return null;
    }
}
