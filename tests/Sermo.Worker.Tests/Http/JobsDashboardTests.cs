using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Playwright;
using Sermo.Worker.Cli;
using Sermo.Worker.Tests.Reports;

namespace Sermo.Worker.Tests.Http;

/// <summary>Hangfire's dashboard at /jobs in `serve`: operators sign in with the operator key; nobody else gets in.</summary>
// The served web app logs to the console, which CLI tests capture: never run beside them.
[Collection("Console")]
public sealed class JobsDashboardTests : IAsyncLifetime
{
    private const string OperatorKey = "op-key-for-tests-0123456789";

    /// <summary>Where the screenshot lands (look at it; docs/examples/jobs-dashboard.png is a copy).</summary>
    public static readonly string Screenshot = Path.Combine(Path.GetTempPath(), "sermo-jobs-dashboard.png");

    private readonly string _data = Path.Combine(Path.GetTempPath(), "sermo-dashboard-" + Guid.NewGuid().ToString("N"));
    private IHost _sermo = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_data);
        // The real rollup beat, so the screenshot shows what an operator sees.
        _sermo = ReportHosts.Build(_data, new Dictionary<string, string?> { ["Jobs:OperatorKey"] = OperatorKey, ["Jobs:RollupCron"] = "*/5 * * * *" });
        await ReportHosts.SeedClientAsync(_sermo, ReportHosts.Report("weekly", "0 6 * * MON"), "acme");
        await ReportHosts.SeedClientAsync(_sermo, ReportHosts.Report("daily", "0 8 * * MON-FRI"), "beta");
        await _sermo.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _sermo.StopAsync();
        _sermo.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task Dashboard_OperatorSignsInInBrowser_SeesTheRecurringJobs()
    {
        await using var web = await ServeAsync(_sermo.Services, runsJobs: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });

        await using (var stranger = await browser.NewContextAsync())
        {
            // A page would stop at the browser's sign-in prompt (headless: a navigation error); the context's request sees the answer.
            var refused = await stranger.APIRequest.GetAsync(new Uri(web.Address, "/jobs/recurring").ToString());
            refused.Status.Should().Be(401);
            refused.Headers["www-authenticate"].Should().StartWith("Basic");
            (await refused.TextAsync()).Should().NotContain("cube-rollup");
        }

        await using var signedIn = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            HttpCredentials = new HttpCredentials { Username = "operator", Password = OperatorKey },
            ViewportSize = new ViewportSize { Width = 1280, Height = 720 },
        });
        var page = await signedIn.NewPageAsync();
        var response = await page.GotoAsync(new Uri(web.Address, "/jobs/recurring").ToString());

        response!.Status.Should().Be(200);
        var text = await page.Locator("body").InnerTextAsync();
        text.Should().Contain("cube-rollup").And.Contain("client-report-rerender").And.Contain("sentiment-retag")
            .And.Contain("report:acme/weekly").And.Contain("report:beta/daily");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot, FullPage = true });
    }

    [Fact]
    public async Task Dashboard_NoOrWrongKey_401WithASignInChallengeRightKey200()
    {
        await using var web = await ServeAsync(_sermo.Services, runsJobs: true);
        using var http = new HttpClient { BaseAddress = web.Address };

        var none = await http.GetAsync("/jobs");
        var wrong = await GetAsync(http, "/jobs", "operator", "not-the-operator-key-at-all");
        var emptyPassword = await GetAsync(http, "/jobs", OperatorKey, "");
        var right = await GetAsync(http, "/jobs", "anyone", OperatorKey);

        none.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        none.Headers.WwwAuthenticate.Should().ContainSingle().Which.Scheme.Should().Be("Basic");
        wrong.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        emptyPassword.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        right.StatusCode.Should().Be(HttpStatusCode.OK);
        (await right.Content.ReadAsStringAsync()).Should().Contain("Sermo jobs");
    }

    [Fact]
    public async Task Dashboard_NoOperatorKeyConfigured_NotMapped404()
    {
        using var keyless = ReportHosts.Build(_data, new Dictionary<string, string?>());
        await using var web = await ServeAsync(keyless.Services, runsJobs: true);
        using var http = new HttpClient { BaseAddress = web.Address };

        var anonymous = await http.GetAsync("/jobs");
        var withSomeKey = await GetAsync(http, "/jobs/recurring", "operator", OperatorKey);

        anonymous.StatusCode.Should().Be(HttpStatusCode.NotFound);
        withSomeKey.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private static Task<HttpResponseMessage> GetAsync(HttpClient http, string path, string user, string password)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        return http.SendAsync(request);
    }

    private static async Task<Served> ServeAsync(IServiceProvider sermo, bool runsJobs)
    {
        var web = ServeCommand.Build(sermo, port: 0, runsJobs);
        await web.StartAsync();
        return new Served(web, new Uri(web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single()));
    }

    private sealed record Served(WebApplication Web, Uri Address) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Web.DisposeAsync();
    }
}
