using Hangfire;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sermo.Portal.Access;
using Sermo.Worker.Jobs;

namespace Sermo.Worker.Http;

/// <summary>
/// Hangfire's dashboard at <c>/jobs</c>, for operators and admins only (the portal's <see cref="PortalPolicies.Operator"/>
/// policy, cookie sign-in at /portal/signin): recurring jobs, queues, retries, failures with their reasons, servers.
/// Not mapped where it would show an empty store: the in-memory store of a <c>serve</c> that runs no jobs.
/// </summary>
public static class JobsDashboard
{
    public const string Path = "/jobs";

    /// <returns>Why the dashboard is not served, or null when it is.</returns>
    public static string? MapJobsDashboard(this IEndpointRouteBuilder app, bool runsJobs)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.ServiceProvider.GetRequiredService<IOptions<JobOptions>>().Value;
        if (!runsJobs && !JobStores.IsPersistent(options))
        {
            return "this process runs no jobs (--workers) and the job store is in memory";
        }

        // Hangfire checks antiforgery tokens on the dashboard's buttons (the host registers the service): a signed-in
        // operator's browser sends the cookie by itself, so a cross-site form must not be able to trigger or delete jobs.
        app.MapHangfireDashboardWithAuthorizationPolicy(PortalPolicies.Operator, Path, new DashboardOptions
        {
            DashboardTitle = "Sermo jobs",
            AppPath = "/portal",
            DisplayStorageConnectionString = false,
        }, app.ServiceProvider.GetRequiredService<JobStorage>());
        return null;
    }
}
