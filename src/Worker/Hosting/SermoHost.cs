using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sermo.Analytics;
using Sermo.Analytics.Sentiments;
using Sermo.Forum;
using Sermo.Ingest;
using Sermo.Reports;
using Sermo.Storage;
using Sermo.Worker.Http;
using Sermo.Worker.Jobs;

namespace Sermo.Worker.Hosting;

/// <summary>Composes the one Sermo host over a data folder: forum, analytics, storage, ingest, reports and jobs.</summary>
internal static class SermoHost
{
    /// <param name="settings">Configuration that wins over appsettings and SERMO_ variables (tests, one-off runs).</param>
    public static IHost Build(DataFolder data, bool verbose, IReadOnlyDictionary<string, string?>? settings = null)
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
        builder.Logging.AddFilter("Quartz", verbose ? LogLevel.Information : LogLevel.Warning);

        builder.AddForum();
        builder.AddAnalytics();
        builder.AddStorage();
        builder.AddIngest();
        builder.AddReports();
        builder.AddWorkerJobs();
        builder.AddWorkerHttp();
        // Post sentiment from the registry's promoted model (Sentiment:Registry, default <data folder>/models), hot-reloaded.
        builder.AddPromotedSentimentModel(Path.Combine(data.Root, "models"));
        return builder.Build();
    }
}
