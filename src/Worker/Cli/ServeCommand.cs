using System.CommandLine;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Sermo.Worker.Hosting;

namespace Sermo.Worker.Cli;

/// <summary>
/// Serves the portal, the HTTP API and the forum's pages from one web host (<see cref="SermoWeb"/>), on the loopback
/// address unless told otherwise with TLS or behind a proxy.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var port = new Option<int?>("--port") { Description = "Port to listen on (Serve:Port, default 5080)." };
        var bind = new Option<string?>("--bind")
        {
            Description = "Address to listen on (Serve:Address, default 127.0.0.1). Any other than loopback needs Serve:CertificatePath (TLS) or --behind-proxy.",
        };
        var behindProxy = new Option<bool>("--behind-proxy") { Description = "A TLS-terminating proxy forwards to this host (Serve:BehindProxy): X-Forwarded-For/-Proto from it are read." };
        var workers = new Option<bool>("--workers")
        {
            Description = "Also run the hosted services in this process: the ingest worker and the Hangfire server with its schedules, as `ingest --watch` does.",
        };
        var command = new Command("serve",
            "Serve, from one host: the portal (/portal, sign-in for clients, analysts, the data team, operators), GET /health, /openapi/v1.json, " +
            "the API (GET /api/search for analysts; GET /api/clients/{client}/reports[/{report}/{file}] and /api/clients/{client}/heatmap for that client; " +
            "GET /api/operator/health and /api/operator/ingest for operators; POST /api/ingest/posts with Ingest:Push:Token; " +
            "/forum/watched-topics (signed-in verified members)), the Hangfire dashboard at /jobs for operators, and the forum's pages under /forum " +
            "(its feed at /api/forum/feed with Forum:Feed:Token). Accounts and keys: `sermo portal`.")
        {
            port, bind, behindProxy, workers,
        };
        command.SetAction((parse, ct) => SermoCommandLine.RunAsync(async () =>
        {
            var data = DataFolder.Resolve(parse.GetValue(SermoCommandLine.Data), create: false);
            var settings = new Dictionary<string, string?>();
            if (parse.GetValue(port) is { } p)
            {
                settings[ServeOptions.Key(nameof(ServeOptions.Port))] = p.ToString(CultureInfo.InvariantCulture);
            }

            if (parse.GetValue(bind) is { } address)
            {
                settings[ServeOptions.Key(nameof(ServeOptions.Address))] = address;
            }

            if (parse.GetValue(behindProxy))
            {
                settings[ServeOptions.Key(nameof(ServeOptions.BehindProxy))] = "true";
            }

            await using var web = SermoWeb.Build(data, parse.GetValue(SermoCommandLine.Verbose), settings, parse.GetValue(workers));
            var serve = web.Services.GetRequiredService<IOptions<ServeOptions>>().Value;
            var scheme = string.IsNullOrWhiteSpace(serve.CertificatePath) ? "http" : "https";
            await Console.Error.WriteLineAsync($"serving on {scheme}://{serve.Address}:{serve.Port}/portal, /api and /forum (Ctrl+C stops)");
            await web.RunAsync(ct);
            return 0;
        }));
        return command;
    }
}
