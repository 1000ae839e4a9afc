using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;
using Sermo.Analytics.Watchlists;
using Sermo.Reports;
using Sermo.Storage;
using Sermo.Storage.Clients;
using Sermo.Worker.Jobs;

namespace Sermo.Worker.Tests.Reports;

/// <summary>One finished firing of a client report job, as a job listener on one node saw it.</summary>
public sealed record Firing(string Node, DateTimeOffset ScheduledFor, int RetryAttempt, string? Error);

/// <summary>Builds Worker hosts with just storage, reports and jobs over one data folder, and records every report firing.</summary>
internal static class ReportHosts
{
    /// <param name="services">Last word on registrations, e.g. a fixed clock.</param>
    public static IHost Build(string dataFolder, IDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataFolder, "sermo.db") }.ToString(),
            ["Reports:OutboxPath"] = Path.Combine(dataFolder, "outbox"),
            ["Release:NoiseSecret"] = "release-noise-secret-of-the-report-host-tests",
            // The rollup never fires during a test: 2099 is far enough.
            ["Jobs:RollupCron"] = "0 0 0 1 1 ? 2099",
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddStorage();
        builder.AddReports();
        builder.AddWorkerJobs();
        services?.Invoke(builder.Services);
        return builder.Build();
    }

    public static Task SeedClientAsync(IHost host, string reportsJson) =>
        host.Services.GetRequiredService<IClientRegistry>().UpsertAsync(
            new ClientRecord("acme", "Acme Pharma", "pharma", 5,
                new Watchlist("acme", "Acme Pharma", "pharma", [new WatchlistTerm("Eliquis", ["eliquis", "apixaban"])]),
                reportsJson),
            CancellationToken.None);

    public static async Task RecordFiringsAsync(IHost host, ConcurrentQueue<Firing> firings)
    {
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        scheduler.ListenerManager.AddJobListener(new FiringRecorder(firings), [GroupMatcher<JobKey>.GroupEquals(ClientReportJob.Group)]);
    }

    private sealed class FiringRecorder(ConcurrentQueue<Firing> firings) : IJobListener
    {
        public string Name => "test-firing-recorder";

        public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
        {
            firings.Enqueue(new Firing(context.Scheduler.SchedulerInstanceId, context.ScheduledFireTimeUtc ?? context.FireTimeUtc, context.RetryAttempt,
                jobException?.InnerException?.Message ?? jobException?.Message));
            return ValueTask.CompletedTask;
        }
    }
}
