using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sermo.Analytics;
using Sermo.Analytics.Aspects;
using Sermo.Analytics.Sentiments;
using Sermo.Forum;
using Sermo.Ingest;
using Sermo.Ingest.Pipeline;
using Sermo.Reports;
using Sermo.Storage;
using Sermo.Worker.Http;
using Sermo.Worker.Jobs;

namespace Sermo.Worker.Hosting;

/// <summary>Composes the one Sermo host over a data folder: forum, analytics, storage, ingest, reports and jobs.</summary>
internal static class SermoHost
{
    /// <summary>The data folder's sentiment model registry (unless Sentiment:Registry says otherwise).</summary>
    public const string SentimentModelsFolder = "models";

    /// <summary>The data folder's aspect model registry (unless Aspects:Registry says otherwise).</summary>
    public const string AspectModelsFolder = "aspect-models";

    /// <param name="settings">Configuration that wins over appsettings and SERMO_ variables (tests, one-off runs).</param>
    /// <param name="jobs">Whether this host only runs the jobs its verb enqueues, or also the schedules.</param>
    /// <param name="ingestWorker">Whether starting the host starts the hosted ingest worker (a verb that only reports does not ingest).</param>
    public static IHost Build(
        DataFolder data, bool verbose, IReadOnlyDictionary<string, string?>? settings = null, JobHostRole jobs = JobHostRole.RunNow, bool ingestWorker = true)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });

        var database = new SqliteConnectionStringBuilder { DataSource = data.DatabasePath }.ToString();
        // The data folder decides where things live; everything else comes from appsettings.json and SERMO_ variables.
        builder.Configuration.AddEnvironmentVariables("SERMO_");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = database,
            ["Forum:ConnectionString"] = database,
            ["Forum:Web:KeysFolder"] = Path.Combine(data.Root, "keys"),
            ["Ingest:DropFolder"] = data.DropFolder,
            ["Ingest:AuthorKeySecret"] = data.AuthorKeySecret(),
            ["Release:NoiseSecret"] = data.ReleaseNoiseSecret(),
            ["Reports:OutboxPath"] = data.Outbox,
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(verbose ? LogLevel.Information : LogLevel.Warning);
        builder.Logging.AddFilter("Hangfire", verbose ? LogLevel.Information : LogLevel.Warning);

        builder.AddForum();
        builder.AddAnalytics();
        builder.AddStorage();
        builder.AddIngest();
        if (!ingestWorker)
        {
            builder.Services.Remove(builder.Services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(IngestWorker)));
        }

        builder.AddReports();
        builder.AddWorkerJobs(jobs);
        builder.AddServeOptions();
        builder.AddWorkerHttp();
        // Post sentiment and aspect sentiment from the registries' promoted models (Sentiment:Registry, default
        // <data folder>/models; Aspects:Registry, default <data folder>/aspect-models), hot-reloaded.
        builder.AddPromotedSentimentModel(Path.Combine(data.Root, SentimentModelsFolder));
        builder.AddPromotedAspectModel(Path.Combine(data.Root, AspectModelsFolder));
        var host = builder.Build();
        // Settings are checked here rather than when the host starts, where a failure is logged with its stack trace:
        // the verb reports it as one line naming the key (exit 2).
        host.Services.GetService<IStartupValidator>()?.Validate();
        return host;
    }
}
