using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sermo.Forum.Web;
using Sermo.Ingest.Push;
using Sermo.Portal;
using Sermo.Portal.Access;
using Sermo.Portal.Health;
using Sermo.Worker.Http;
using Sermo.Worker.Jobs;

namespace Sermo.Worker.Hosting;

/// <summary>
/// The one web host of <c>serve</c>: Sermo composed once on a <see cref="WebApplicationBuilder"/> (<see cref="AddSermoWeb"/>),
/// every feature's endpoints mapped onto it (<see cref="MapSermo"/>), with authentication, authorization and the rate
/// limiter added once for all of them.
/// </summary>
public static class SermoWeb
{
    /// <param name="workers">Run the hosted services (ingest worker, Hangfire server and schedules) in this process too.</param>
    /// <param name="services">Last word on registrations (tests: a fixed clock).</param>
    public static WebApplication Build(
        DataFolder data, bool verbose, IReadOnlyDictionary<string, string?>? settings, bool workers, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        builder.AddSermo(data, verbose, settings, workers ? JobHostRole.Schedules : JobHostRole.StorageOnly, ingestWorker: workers);
        builder.AddSermoWeb();
        services?.Invoke(builder.Services);
        var app = SermoHost.Validated(builder.Build());
        app.MapSermo(workers);
        return app;
    }

    /// <summary>The web features over the composed Sermo services: the portal, the forum's pages, the API and where Kestrel listens.</summary>
    public static WebApplicationBuilder AddSermoWeb(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<ServeOptions>().BindConfiguration(ServeOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ServeOptions>, ServeOptionsValidation>();
        builder.AddForumWeb();
        builder.AddPortal();
        builder.Services.AddHealthChecks()
            .AddCheck<JobStorageHealthCheck>("jobs", tags: [HealthEndpoints.Tag], timeout: HealthEndpoints.CheckTimeout);
        builder.Services.AddSearchAdmission();
        builder.Services.AddHttpHardening();
        builder.Services.Configure<JsonOptions>(o => o.SerializerOptions.Converters.Add(SearchJson.EnumConverter));
        builder.WebHost.ConfigureKestrel(kestrel => Listen(kestrel, kestrel.ApplicationServices.GetRequiredService<IOptions<ServeOptions>>().Value));
        return builder;
    }

    /// <summary>Every endpoint of the host, with the middleware they share.</summary>
    /// <param name="runsJobs">This process runs Hangfire jobs (<c>--workers</c>).</param>
    public static WebApplication MapSermo(this WebApplication app, bool runsJobs)
    {
        ArgumentNullException.ThrowIfNull(app);
        var serve = app.Services.GetRequiredService<IOptions<ServeOptions>>().Value;
        if (serve.BehindProxy)
        {
            app.UseForwardedHeaders(ForwardedHeaders(serve));
        }

        app.UseHttpHardening(serve);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        if (app.MapJobsDashboard(runsJobs) is { } off)
        {
            app.Logger.LogInformation("Jobs dashboard not served: {Reason}", off);
        }

        app.MapPortal();
        // Search and client reports keep their own files free of the portal; the host puts them under its policies.
        app.MapGroup(string.Empty).RequireAuthorization(PortalPolicies.Analyst).MapSearch();
        // The push source exists only where the host composed the ingest pipeline (the sermo host always does).
        if (app.Services.GetService<PushSpool>() is not null)
        {
            app.MapIngestPush();
        }

        app.MapMemberTransparency();
        app.MapGroup(string.Empty).RequireAuthorization(PortalPolicies.Client).MapClientReports();
        app.MapForum();
        return app;
    }

    private static void Listen(Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions kestrel, ServeOptions serve)
    {
        kestrel.AddServerHeader = false;
        kestrel.Limits.MaxRequestBodySize = serve.MaxRequestBodyBytes;
        RequestSizeLimits.Configure(kestrel.Limits);
        var address = IPAddress.Parse(serve.Address);
        if (string.IsNullOrWhiteSpace(serve.CertificatePath))
        {
            kestrel.Listen(address, serve.Port);
        }
        else
        {
            kestrel.Listen(address, serve.Port, listen => listen.UseHttps(serve.CertificatePath, serve.CertificatePassword));
        }
    }

    private static ForwardedHeadersOptions ForwardedHeaders(ServeOptions serve)
    {
        var options = new ForwardedHeadersOptions { ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto };
        foreach (var proxy in serve.KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        return options;
    }
}
