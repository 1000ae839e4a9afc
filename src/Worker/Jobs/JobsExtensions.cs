using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sermo.Reports.Schedules;

namespace Sermo.Worker.Jobs;

public static class JobsExtensions
{
    /// <summary>
    /// Hangfire on the storage <c>Jobs:Store</c> picks, with Sermo's retry rule and this host's server; with
    /// <see cref="JobHostRole.Schedules"/> also the recurring jobs (<see cref="JobHostRole.StorageOnly"/>: no server, only the
    /// storage the dashboard reads). Storage, activator and filters are this host's own
    /// services, never Hangfire's static defaults, so two hosts in one process stay apart.
    /// </summary>
    public static IHostApplicationBuilder AddWorkerJobs(this IHostApplicationBuilder builder, JobHostRole role = JobHostRole.RunNow)
    {
        var services = builder.Services;
        services.AddOptions<JobOptions>().BindConfiguration(JobOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<JobOptions>, JobOptionsValidation>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<JobQueues>();
        // Also where a host has no reports (no outbox configured: only report ids are redacted then).
        services.TryAddSingleton<ReportLogText>();
        services.AddSingleton(sp => JobStores.Create(Settings(sp)));
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddSingleton<IJobFilterProvider>(sp => new JobFilterProviderCollection(
            // Redaction first: the retry rule quotes the failure in its reasons, and must quote it redacted (decision 115).
            new JobFilterCollection
            {
                new JobFailureRedaction(sp.GetRequiredService<ReportLogText>()), new JobRetryPolicy(Settings(sp)), new StatisticsHistoryAttribute(), new RetagRunIndex(),
            },
            new JobFilterAttributeFilterProvider()));
        services.AddSingleton(sp => new HangfireLogBridge.Attachment(sp.GetRequiredService<ILoggerFactory>()));
        services.AddHangfire((sp, configuration) =>
        {
            sp.GetRequiredService<HangfireLogBridge.Attachment>();
            configuration
                .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings()
                .UseLogProvider(HangfireLogBridge.Instance);
        });
        if (role != JobHostRole.StorageOnly)
        {
            AddServer(services, role);
        }

        services.AddSingleton<ForegroundJobs>();
        services.AddTransient<CubeRollupJob>();
        services.AddTransient<AlertJob>();
        services.AddTransient<Safety.SafetyScan>();
        services.AddTransient<ClientReportJob>();
        services.AddTransient<ClientReportRerenderJob>();
        services.AddTransient<RetagJob>();
        services.AddTransient<AspectRetagJob>();
        if (role == JobHostRole.Schedules)
        {
            services.AddHostedService<JobScheduleRegistrar>();
        }

        return builder;
    }

    private static void AddServer(IServiceCollection services, JobHostRole role) =>
        services.AddHangfireServer((sp, server) =>
        {
            var settings = Settings(sp);
            var own = sp.GetRequiredService<JobQueues>().Own;
            server.ServerName = string.IsNullOrWhiteSpace(settings.ServerName) ? server.ServerName : settings.ServerName;
            server.WorkerCount = settings.WorkerCount;
            server.Queues = role == JobHostRole.Schedules ? [own, JobQueues.Shared] : [own];
            server.SchedulePollingInterval = settings.SchedulePollingInterval;
            // Drain on shutdown: running jobs get this long to finish before they are cancelled and queued again.
            server.StopTimeout = settings.DrainTimeout;
            server.ShutdownTimeout = settings.DrainTimeout + TimeSpan.FromSeconds(5);
        });

    private static JobOptions Settings(IServiceProvider services) => services.GetRequiredService<IOptions<JobOptions>>().Value;
}
