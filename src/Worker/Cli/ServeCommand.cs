using System.CommandLine;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sermo.Reports.Delivery;
using Sermo.Storage.ReportRuns;
using Sermo.Storage.Search;
using Sermo.Worker.Hosting;
using Sermo.Worker.Http;

namespace Sermo.Worker.Cli;

/// <summary>Serves the HTTP API (analyst search, client reports) with minimal APIs on Kestrel, bound to the loopback address only.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1.", DefaultValueFactory = _ => 5080 };
        var command = new Command("serve", "Serve the HTTP API on 127.0.0.1: GET /api/search?q=…&from&to&interval&sort&size&cursor; with a client key, GET /api/clients/{client}/reports and /api/clients/{client}/reports/{report}/{file}.") { port };
        command.SetAction((parse, ct) => SermoCommandLine.RunAsync(async () =>
        {
            var data = DataFolder.Resolve(parse.GetValue(SermoCommandLine.Data), create: false);
            using var sermo = SermoHost.Build(data, parse.GetValue(SermoCommandLine.Verbose));
            await using var web = Build(sermo.Services, parse.GetValue(port));
            Console.Error.WriteLine($"serving on http://127.0.0.1:{parse.GetValue(port)}/api/search and /api/clients/{{client}}/reports (Ctrl+C stops)");
            await web.RunAsync(ct);
            return 0;
        }));
        return command;
    }

    /// <summary>The web app over services the Sermo host composed (index, report reader, keys), so both share one configuration.</summary>
    public static WebApplication Build(IServiceProvider sermo, int port)
    {
        ArgumentNullException.ThrowIfNull(sermo);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(sermo.GetRequiredService<ISearchIndex>());
        builder.Services.AddSingleton(sermo.GetRequiredService<IClientApiKeys>());
        builder.Services.AddSingleton(sermo.GetRequiredService<ClientReportReader>());
        builder.Services.AddProblemDetails();
        builder.Services.Configure<JsonOptions>(o => o.SerializerOptions.Converters.Add(SearchJson.EnumConverter));
        var app = builder.Build();
        app.MapSearch();
        app.MapClientReports();
        return app;
    }
}
