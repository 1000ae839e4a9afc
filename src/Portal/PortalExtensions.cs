using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Sermo.Portal.Access;
using Sermo.Portal.Alerts;
using Sermo.Portal.ApiDocs;
using Sermo.Portal.Clients;
using Sermo.Portal.Health;
using Sermo.Portal.Labels;
using Sermo.Portal.Operations;

namespace Sermo.Portal;

public static class PortalExtensions
{
    /// <summary>
    /// The portal: accounts and API keys, their authentication schemes and the policies endpoints declare, the refusal
    /// audit, the portal's pages, health checks and the OpenAPI document. Needs the host's Storage and Reports.
    /// </summary>
    public static IHostApplicationBuilder AddPortal(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        builder.AddPortalAccounts();

        services.AddAuthentication()
            .AddPolicyScheme(PortalAuth.Scheme, "Sermo portal", o => o.ForwardDefaultSelector = PortalAuth.SelectScheme)
            .AddCookie(PortalAuth.CookieScheme, PortalCookie.Configure)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(PortalAuth.KeyScheme, null);
        services.AddOptions<CookieAuthenticationOptions>(PortalAuth.CookieScheme)
            .Configure<IOptions<PortalAccessOptions>>((cookie, access) => cookie.ExpireTimeSpan = access.Value.SessionLifetime);
        PortalPolicies.Add(services.AddAuthorizationBuilder());
        services.AddSingleton<IAuthorizationHandler, ClientTenantHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, RefusalAuditingResultHandler>();

        builder.AddPortalAlerts();
        services.AddSingleton<CellExcerpts>();
        services.AddOptions<LabelFilesOptions>().BindConfiguration(LabelFilesOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddRazorPages(o => o.Conventions.AddAreaFolderApplicationModelConvention("Portal", "/", page => page.Filters.Add(new UnmatchedHandlerFilter())))
            .AddApplicationPart(typeof(PortalExtensions).Assembly);
        services.AddAntiforgery();
        services.AddRateLimiter(PortalRateLimits.Configure);
        services.AddOpenApi(PortalOpenApi.Configure);
        services.AddHealthChecks()
            .AddCheck<StoreHealthCheck>("store", tags: [HealthEndpoints.Tag], timeout: HealthEndpoints.CheckTimeout)
            .AddCheck<SearchHealthCheck>("search", tags: [HealthEndpoints.Tag], timeout: HealthEndpoints.CheckTimeout)
            .AddCheck<ChromiumHealthCheck>("chromium", tags: [HealthEndpoints.Tag], timeout: HealthEndpoints.CheckTimeout);
        return builder;
    }

    /// <summary>Accounts, API keys and the refusal audit alone, for the verbs that manage them (no web services).</summary>
    public static IHostApplicationBuilder AddPortalAccounts(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(PortalAccounts)))
        {
            return builder;
        }

        services.AddOptions<PortalAccessOptions>()
            .BindConfiguration(PortalAccessOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<PortalPasswordChanges>();
        services.AddSingleton<PortalAccounts>();
        services.AddSingleton<PortalApiKeys>();
        services.AddSingleton<AccessRefusals>();
        return builder;
    }

    /// <summary>Client alerts (rules, evaluation, delivery) without the web services, for hosts that only run the jobs.</summary>
    public static IHostApplicationBuilder AddPortalAlerts(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(AlertEvaluator)))
        {
            return builder;
        }

        builder.AddPortalAccounts();
        services.AddOptions<AlertOptions>().BindConfiguration(AlertOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<ClientHeatMapReader>();
        services.AddSingleton<AlertSubscriptions>();
        services.AddSingleton<AlertLog>();
        services.AddSingleton<AlertEvaluator>();
        // One client for every webhook: pooled connections, recycled so a webhook's DNS change is picked up.
        services.AddSingleton(sp => new AlertSender(sp.GetRequiredService<AlertLog>(), sp.GetRequiredService<AlertSubscriptions>(),
            new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AllowAutoRedirect = false }),
            sp.GetRequiredService<IOptions<AlertOptions>>(), sp.GetRequiredService<TimeProvider>()));
        return builder;
    }

    /// <summary>
    /// Maps the portal's pages under <c>/portal</c>, <c>/health</c>, the operators' health API and <c>/openapi/v1.json</c>.
    /// The host adds authentication, authorization and the rate limiter once for every feature.
    /// </summary>
    public static IEndpointRouteBuilder MapPortal(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPortalAssets();
        app.MapSermoHealth();
        app.MapOperatorApi();
        app.MapOpenApi(PortalPaths.OpenApiDocument.Replace("v1", "{documentName}", StringComparison.Ordinal))
            .RequireAuthorization(PortalPolicies.User);
        app.MapRazorPages();
        return app;
    }
}
