using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sermo.Analytics;
using Sermo.Analytics.Aspects;
using Sermo.Analytics.Sentiments;
using Sermo.Forum;
using Sermo.Ingest;
using Sermo.Ingest.Pipeline;
using Sermo.Ingest.Retention;
using Sermo.Portal;
using Sermo.Portal.Labels;
using Sermo.Portal.Operations;
using Sermo.Reports;
using Sermo.Storage;
using Sermo.Worker.Jobs;

namespace Sermo.Worker.Hosting;

/// <summary>Composes Sermo over a data folder onto any host builder: forum, analytics, storage, ingest, reports and jobs.</summary>
public static class SermoComposition
{
    /// <summary>ASP.NET Core's log categories, kept at Warning and above (see <see cref="AddSermo"/>).</summary>
    public const string AspNetCoreCategory = "Microsoft.AspNetCore";

    /// <summary>HttpClientFactory's request logs (the forum feed, Elasticsearch), which name every URL requested.</summary>
    public const string HttpClientCategory = "System.Net.Http.HttpClient";

    /// <param name="settings">Configuration that wins over appsettings and SERMO_ variables (tests, one-off runs).</param>
    /// <param name="jobs">Whether this host only runs the jobs its verb enqueues, also the schedules, or no job server at all.</param>
    /// <param name="ingestWorker">Whether starting the host starts the hosted ingest worker.</param>
    public static IHostApplicationBuilder AddSermo(
        this IHostApplicationBuilder builder, DataFolder data, bool verbose, IReadOnlyDictionary<string, string?>? settings, JobHostRole jobs, bool ingestWorker)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(data);
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
            ["Reports:InternalPath"] = data.InternalReports,
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
        // ASP.NET Core's request logs carry the URL with its query string (`Request starting … /api/search?q=eliquis`) and,
        // below Information, handler arguments and bad request lines: a query or watchlist term in the host's log. Sermo
        // logs what an operator needs of a request itself (HttpHardening), so the framework speaks only from Warning,
        // whatever --verbose or a Logging:LogLevel setting asks (decision 097).
        builder.Logging.AddFilter(AspNetCoreCategory, LogLevel.Warning);
        builder.Logging.AddFilter(HttpClientCategory, LogLevel.Warning);
        // A setting for a narrower category (Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics) would win over
        // the filter above, so every rule under these categories is held at Warning after configuration is applied.
        builder.Services.PostConfigure<LoggerFilterOptions>(ClampFrameworkRules);

        builder.AddForum();
        builder.AddAnalytics();
        builder.AddStorage();
        builder.AddIngest();
        if (!ingestWorker)
        {
            builder.Services.Remove(builder.Services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(IngestWorker)));
            builder.Services.Remove(builder.Services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(RawRetentionWorker)));
        }

        builder.AddReports();
        builder.AddWorkerJobs(jobs);
        builder.AddPortalAccounts();
        builder.AddPortalAlerts();
        // The operators' page replays dead letters with the verb's code (Ingest lives here, not in the portal).
        builder.Services.AddSingleton<DeadLetterReplays>();
        builder.Services.AddSingleton<IDeadLetterReplayer>(sp => sp.GetRequiredService<DeadLetterReplays>());
        // The data team's page shows re-tag progress from the job store (the re-tag job lives here, not in the portal).
        builder.Services.AddSingleton<IRetagProgress, RetagRuns>();
        builder.Services.AddSingleton<IRetagStarter, RetagStarts>();
        // The page's label imports go to the data folder's training file unless configuration names another.
        builder.Services.PostConfigure<LabelFilesOptions>(o =>
        {
            o.TrainingFile ??= Path.Combine(data.Root, "labels", "sentiment-train.csv");
            o.AspectTrainingFile ??= Path.Combine(data.Root, "labels", "aspects-train.csv");
        });
        // Post sentiment and aspect sentiment from the registries' promoted models (Sentiment:Registry, default
        // <data folder>/models; Aspects:Registry, default <data folder>/aspect-models), hot-reloaded.
        builder.AddPromotedSentimentModel(Path.Combine(data.Root, SermoHost.SentimentModelsFolder));
        builder.AddPromotedAspectModel(Path.Combine(data.Root, SermoHost.AspectModelsFolder));
        return builder;
    }

    /// <summary>Raises every filter rule for ASP.NET Core's and HttpClient's categories to Warning at least.</summary>
    internal static void ClampFrameworkRules(LoggerFilterOptions options)
    {
        for (var i = 0; i < options.Rules.Count; i++)
        {
            var rule = options.Rules[i];
            if (rule.CategoryName is { } category && (category.StartsWith(AspNetCoreCategory, StringComparison.Ordinal)
                || category.StartsWith(HttpClientCategory, StringComparison.Ordinal)) && (rule.LogLevel ?? LogLevel.Trace) < LogLevel.Warning)
            {
                options.Rules[i] = new LoggerFilterRule(rule.ProviderName, category, LogLevel.Warning, rule.Filter);
            }
        }

        // A provider's own rules (Logging:Console:LogLevel:Default) win over every rule without a provider: each such
        // provider gets the two categories held at Warning too.
        foreach (var provider in options.Rules.Select(r => r.ProviderName).OfType<string>().Distinct(StringComparer.Ordinal).ToList())
        {
            options.Rules.Add(new LoggerFilterRule(provider, AspNetCoreCategory, LogLevel.Warning, null));
            options.Rules.Add(new LoggerFilterRule(provider, HttpClientCategory, LogLevel.Warning, null));
        }
    }
}
