using System.CommandLine;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sermo.Forum.Web;
using Sermo.Ingest.Push;
using Sermo.Reports.Delivery;
using Sermo.Storage.Clients;
using Sermo.Storage.Elasticsearch;
using Sermo.Storage.ReportRuns;
using Sermo.Storage.Search;
using Sermo.Worker.Hosting;
using Sermo.Worker.Http;
using Sermo.Worker.Jobs;

namespace Sermo.Worker.Cli;

/// <summary>Serves the HTTP API (analyst search, client reports, the push source, the members' transparency page) and the forum's pages on Kestrel, bound to the loopback address only.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1.", DefaultValueFactory = _ => 5080 };
        var workers = new Option<bool>("--workers") { Description = "Also run the hosted ingest worker and the Hangfire schedules in this process, as `ingest --watch` does, so pushed posts are ingested." };
        var command = new Command("serve", "Serve the HTTP API on 127.0.0.1: GET /api/search?q=…&from&to&interval&sort&size&cursor with the analyst key (Analyst:Key; without one it answers 404, use `query`); with a client key, GET /api/clients/{client}/reports and /api/clients/{client}/reports/{report}/{file}; POST /api/ingest/posts (JSON lines, bearer Ingest:Push:Token); GET /members/watched-topics (page) and /api/members/watched-topics; the forum's pages under /forum and, with Forum:Feed:Token, its feed at GET /api/forum/feed; the Hangfire dashboard at /jobs for operators (Jobs:OperatorKey).") { port, workers };
        command.SetAction((parse, ct) => SermoCommandLine.RunAsync(async () =>
        {
            var data = DataFolder.Resolve(parse.GetValue(SermoCommandLine.Data), create: false);
            var runsJobs = parse.GetValue(workers);
            using var sermo = SermoHost.Build(data, parse.GetValue(SermoCommandLine.Verbose), jobs: runsJobs ? JobHostRole.Schedules : JobHostRole.RunNow);
            await using var web = Build(sermo.Services, parse.GetValue(port), runsJobs);
            Console.Error.WriteLine($"serving on http://127.0.0.1:{parse.GetValue(port)}/api and /forum (Ctrl+C stops)");
            if (runsJobs)
            {
                await Task.WhenAll(web.RunAsync(ct), sermo.RunAsync(ct));
            }
            else
            {
                await web.RunAsync(ct);
            }

            return 0;
        }));
        return command;
    }

    /// <summary>The web app over services the Sermo host composed (index, report reader, keys, push spool, clients, job storage), so both share one configuration.</summary>
    /// <param name="runsJobs">The Sermo host runs Hangfire jobs in this process (<c>--workers</c>).</param>
    public static WebApplication Build(IServiceProvider sermo, int port, bool runsJobs = false)
    {
        ArgumentNullException.ThrowIfNull(sermo);
        var builder = WebApplication.CreateSlimBuilder();
        // The forum's pages compose their own forum services from the same configuration (data folder, providers).
        builder.Configuration.AddConfiguration(sermo.GetRequiredService<IConfiguration>());
        builder.AddForumWeb();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            kestrel.AddServerHeader = false;
            RequestSizeLimits.Configure(kestrel.Limits);
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(sermo.GetRequiredService<SinglingOutGuard>());
        builder.Services.AddSearchAdmission();
        builder.Services.AddSingleton(sermo.GetRequiredService<IOptions<AnalystAccessOptions>>().Value);
        // Without --workers the Sermo host never starts, so the web app runs its search index check itself.
        builder.Services.AddHostedService(_ => sermo.GetRequiredService<ElasticsearchStartupCheck>());
        // The push source exists only where the host composed the ingest pipeline (the sermo host always does).
        var spool = sermo.GetService<PushSpool>();
        if (spool is not null)
        {
            builder.Services.AddSingleton(spool);
        }

        builder.Services.AddSingleton(sermo.GetRequiredService<IClientRegistry>());
        builder.Services.AddSingleton(sermo.GetRequiredService<IClientApiKeys>());
        builder.Services.AddSingleton(sermo.GetRequiredService<ClientReportReader>());
        builder.Services.AddHttpHardening();
        builder.Services.AddJobsDashboard(sermo);
        builder.Services.Configure<JsonOptions>(o => o.SerializerOptions.Converters.Add(SearchJson.EnumConverter));
        var app = builder.Build();
        app.UseHttpHardening(sermo.GetService<IOptions<ServeOptions>>()?.Value ?? new ServeOptions());
        if (app.MapJobsDashboard(sermo, runsJobs) is { } off)
        {
            app.Logger.LogInformation("Jobs dashboard not served: {Reason}", off);
        }

        app.MapSearch();
        if (spool is not null)
        {
            app.MapIngestPush();
        }

        app.MapMemberTransparency();
        app.MapClientReports();
        app.MapForum();
        return app;
    }
}
