using Hangfire;
using Hangfire.Storage;
using Hangfire.Storage.Monitoring;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sermo.Analytics.Watchlists;
using Sermo.Reports;
using Sermo.Storage;
using Sermo.Storage.Clients;
using Sermo.Storage.ReportRuns;
using Sermo.Worker.Jobs;

namespace Sermo.Worker.Tests.Reports;

/// <summary>Builds Worker hosts with just storage, reports and Hangfire jobs over one data folder (real SQLite, real outbox).</summary>
internal static class ReportHosts
{
    /// <summary>Seconds-level schedules need Hangfire to look for due work often.</summary>
    public const string FastPolling = "00:00:00.2";

    /// <summary>
    /// How long a test waits for work a host must do (a job run, a retry scheduled): far more than a loaded machine needs,
    /// so only a lost or stuck job reaches it; tests judge what was recorded, never how long it took.
    /// </summary>
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    public const string ReleaseNoiseSecret = "release-noise-secret-of-the-report-host-tests";

    /// <param name="services">Last word on registrations, e.g. a fixed clock.</param>
    public static IHost Build(
        string dataFolder, IDictionary<string, string?> settings, Action<IServiceCollection>? services = null, JobHostRole role = JobHostRole.Schedules)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataFolder, "sermo.db") }.ToString(),
            // `serve` composes the forum's pages from this configuration too.
            ["Forum:ConnectionString"] = new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataFolder, "sermo.db") }.ToString(),
            ["Forum:Web:KeysFolder"] = Path.Combine(dataFolder, "keys"),
            ["Reports:OutboxPath"] = Path.Combine(dataFolder, "outbox"),
            ["Release:NoiseSecret"] = ReleaseNoiseSecret,
            // The rollup never fires during a test: there is no 31 February.
            ["Jobs:RollupCron"] = Cron.Never(),
            ["Jobs:SchedulePollingInterval"] = FastPolling,
            ["Jobs:QueuePollInterval"] = FastPolling,
            ["Jobs:DrainTimeout"] = "00:00:05",
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        builder.AddStorage();
        builder.AddReports();
        builder.AddWorkerJobs(role);
        services?.Invoke(builder.Services);
        return builder.Build();
    }

    public static Task SeedClientAsync(IHost host, string reportsJson, string clientId = "acme") => SeedClientAsync(host.Services, reportsJson, clientId);

    public static Task SeedClientAsync(IServiceProvider services, string reportsJson, string clientId = "acme") =>
        services.GetRequiredService<IClientRegistry>().UpsertAsync(
            new ClientRecord(clientId, clientId + " Pharma", "pharma", 5,
                new Watchlist(clientId, clientId + " Pharma", "pharma", [new WatchlistTerm("Eliquis", ["eliquis", "apixaban"])]),
                reportsJson),
            CancellationToken.None);

    /// <summary>A weekly CSV report of four weeks on <paramref name="cron"/> (UTC).</summary>
    public static string Report(string id, string cron, string formats = "\"csv\"") =>
        $$"""[{ "id": "{{id}}", "cron": "{{cron}}", "timeZone": "UTC", "interval": "week", "formats": [{{formats}}], "lookback": 4 }]""";

    /// <summary>A cron firing once a minute at each of these seconds of the minute.</summary>
    public static string AtSeconds(params DateTimeOffset[] times) =>
        string.Join(',', times.Select(t => t.Second).Distinct()) + " * * * * *";

    /// <summary>A time whole seconds from now, so a cron second names exactly it.</summary>
    public static DateTimeOffset SecondsFromNow(double seconds)
    {
        var at = DateTimeOffset.UtcNow.AddSeconds(seconds);
        return new DateTimeOffset(at.Ticks - (at.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }

    /// <summary>
    /// Gives each client a weekly CSV report firing once a day, at a whole second a little ahead, registers it as a host
    /// start does and runs <paramref name="beforeItFires"/> (report id, cron); returns the report id and its time once
    /// Hangfire's record (each schedule's next execution still that time) shows all of it came before the occurrence.
    /// Else a later time under a new report id: tests judge by the runs of the returned id only.
    /// </summary>
    public static async Task<(string ReportId, DateTimeOffset At)> ScheduleOnceAsync(
        IHost host, IReadOnlyList<string> clients, Func<string, string, Task>? beforeItFires = null)
    {
        var registrar = host.Services.GetServices<IHostedService>().OfType<JobScheduleRegistrar>().Single();
        for (var lead = 6; ; lead *= 2)
        {
            lead.Should().BeLessThan(100, "a host should register a schedule within a minute");
            var reportId = "weekly-" + lead;
            var at = SecondsFromNow(lead);
            var cron = $"{at.Second} {at.Minute} {at.Hour} * * *";
            foreach (var client in clients)
            {
                await SeedClientAsync(host, Report(reportId, cron), client);
            }

            await registrar.StartAsync(CancellationToken.None);
            if (beforeItFires is not null)
            {
                await beforeItFires(reportId, cron);
            }

            if (clients.All(c => NextExecution(host, ClientReportJob.RecurringId(c, reportId)) == at))
            {
                return (reportId, at);
            }
        }
    }

    /// <summary>When Hangfire will next fire a recurring job, as its storage records it.</summary>
    public static DateTimeOffset? NextExecution(IHost host, string recurringId)
    {
        using var connection = host.Services.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetRecurringJobs([recurringId]).SingleOrDefault()?.NextExecution is { } next
            ? new DateTimeOffset(DateTime.SpecifyKind(next, DateTimeKind.Utc))
            : null;
    }

    public static Task<IReadOnlyList<ReportRunRecord>> RunsAsync(IHost host, string clientId = "acme") =>
        host.Services.GetRequiredService<IReportRunLog>().ListAsync(clientId, 1000, CancellationToken.None);

    /// <summary>Waits (polling, real time) until <paramref name="done"/> holds or <paramref name="timeout"/> passes.</summary>
    public static async Task<bool> WaitUntilAsync(Func<Task<bool>> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await done())
            {
                return true;
            }

            await Task.Delay(200);
        }

        return await done();
    }

    public static async Task WaitUntilAsync(DateTimeOffset at)
    {
        var wait = at - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }
    }

    /// <summary>What Hangfire recorded for one job: its states, newest first, and its parameters.</summary>
    public static JobDetailsDto Details(IHost host, string jobId) =>
        host.Services.GetRequiredService<JobStorage>().GetMonitoringApi().JobDetails(jobId);
}

