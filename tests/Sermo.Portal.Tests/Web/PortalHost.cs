using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sermo.Analytics.Aspects;
using Sermo.Analytics.Learning;
using Sermo.Analytics.Sentiments;
using Sermo.Portal.Access;
using Sermo.Reports;
using Sermo.Storage;
using Sermo.Storage.Portal;

namespace Sermo.Portal.Tests.Web;

/// <summary>
/// The portal alone on real Kestrel over a fresh SQLite file (Storage and Reports composed as the Worker does), with one
/// probe endpoint per policy that answers a marker only when let through.
/// </summary>
internal sealed partial class PortalHost : IAsyncDisposable
{
    public const string Password = "portal-password-for-tests";
    public const string Served = "served-by-the-probe";

    private readonly TempDataFolder _folder;

    private PortalHost(TempDataFolder folder, WebApplication app, Uri address) => (_folder, App, Address) = (folder, app, address);

    public WebApplication App { get; }

    public string ModelsFolder => Path.Combine(_folder, "models");

    public Uri Address { get; }

    /// <param name="settings">Configuration on top of the store's (alert delivery settings).</param>
    /// <param name="services">Services the Worker would add (the dead-letter replayer).</param>
    public static async Task<PortalHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var folder = new TempDataFolder("portal-web");
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "sermo.db") }.ToString(),
            ["Reports:OutboxPath"] = Path.Combine(folder, "outbox"),
            ["Release:NoiseSecret"] = "noise-secret-of-the-portal-tests-at-least-32-chars",
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.AddStorage();
        builder.AddReports();
        builder.AddPortal();
        builder.Services.AddKeyedSingleton(PostSentimentModel.Task, new ModelRegistry(Path.Combine(folder, "models", PostSentimentModel.Task)));
        builder.Services.AddKeyedSingleton(AspectModel.Task, new ModelRegistry(Path.Combine(folder, "models", AspectModel.Task)));
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapPortal();
        app.MapGet("/api/probe/clients/{client}/data", (string client) => Results.Text(Served + ":" + client)).RequireAuthorization(PortalPolicies.Client);
        foreach (var (path, policy) in Probes)
        {
            app.MapGet(path, () => Results.Text(Served)).RequireAuthorization(policy);
        }

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new PortalHost(folder, app, new Uri(address));
    }

    /// <summary>One probe per role policy, besides the client one (which takes a client id).</summary>
    public static IReadOnlyDictionary<string, string> Probes { get; } = new Dictionary<string, string>
    {
        ["/api/probe/analyst"] = PortalPolicies.Analyst,
        ["/api/probe/data-team"] = PortalPolicies.DataTeam,
        ["/api/probe/operator"] = PortalPolicies.Operator,
        ["/api/probe/admin"] = PortalPolicies.Admin,
        ["/api/probe/user"] = PortalPolicies.User,
    };

    public T Service<T>()
        where T : notnull => App.Services.GetRequiredService<T>();

    public async Task<PortalAccount> AccountAsync(string role, string? client = null, string? email = null) =>
        await Service<PortalAccounts>().CreateAsync(email ?? $"{role}-{Guid.NewGuid():N}@sermo.test", role, client, Password, CancellationToken.None);

    public async Task<string> KeyAsync(string role, string? client = null) =>
        (await Service<PortalApiKeys>().IssueAsync((await AccountAsync(role, client)).AccountId, "test", null, CancellationToken.None)).Key;

    /// <summary>A browser-like client: cookies kept, redirects not followed (tests look at them).</summary>
    public HttpClient Browser() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = Address };

    public async Task<HttpResponseMessage> GetAsync(string path, string? key)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Address };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return await http.SendAsync(request);
    }

    /// <summary>A browser signed in as <paramref name="email"/> with the test password; the sign-in must redirect (succeed).</summary>
    public async Task<HttpClient> SignedInBrowserAsync(string email)
    {
        var browser = Browser();
        (await SignInAsync(browser, email, Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        return browser;
    }

    /// <summary>Signs the browser in through the real form (with its antiforgery token); returns the form's answer.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string email, string password)
    {
        var html = await browser.GetStringAsync(PortalPaths.SignIn);
        return await browser.PostAsync(PortalPaths.SignIn, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = Token().Match(html).Groups[1].Value,
        }));
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        _folder.Dispose();
    }

    /// <summary>The antiforgery token of a page's form, for posting it as a browser would.</summary>
    public static string AntiforgeryToken(string html) => Token().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
