using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Sermo.Portal.Access;
using Sermo.Worker.Tests.Reports;

namespace Sermo.Worker.Tests.Http;

/// <summary>Hangfire's dashboard at /jobs in `serve --workers`: operators and admins of the portal get in; no one else does.</summary>
// The served web app logs to the console, which CLI tests capture: never run beside them.
[Collection("Console")]
public sealed class JobsDashboardTests : IAsyncLifetime
{
    private const string OperatorEmail = "ops@sermo.test";
    private const string Password = "operator-password-for-tests";

    /// <summary>Where the screenshot lands (look at it; docs/examples/jobs-dashboard.png is a copy).</summary>
    public static readonly string Screenshot = Path.Combine(Path.GetTempPath(), "sermo-jobs-dashboard.png");

    private ServedDataFolder _served = null!;

    public async Task InitializeAsync()
    {
        // The real rollup beat, so the screenshot shows what an operator sees.
        _served = await ServedDataFolder.StartAsync(
            new Dictionary<string, string?> { ["Jobs:RollupCron"] = "*/5 * * * *", ["Jobs:DrainTimeout"] = "00:00:05" },
            workers: true,
            seed: async services =>
            {
                await ReportHosts.SeedClientAsync(services, ReportHosts.Report("weekly", "0 6 * * MON"), "acme");
                await ReportHosts.SeedClientAsync(services, ReportHosts.Report("daily", "0 8 * * MON-FRI"), "beta");
                await services.GetRequiredService<PortalAccounts>().CreateAsync(OperatorEmail, PortalRoles.Operator, null, Password, CancellationToken.None);
            });
    }

    public Task DisposeAsync() => _served.DisposeAsync().AsTask();

    [Fact]
    public async Task Dashboard_OperatorSignsInInBrowser_SeesTheRecurringJobs()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 720 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(_served.Address, "/jobs/recurring").ToString());
        page.Url.Should().Contain("/portal/signin", "a stranger is sent to the portal's sign-in");
        (await page.Locator("body").InnerTextAsync()).Should().NotContain("cube-rollup");
        await page.FillAsync("input[name=Email]", OperatorEmail);
        await page.FillAsync("input[name=Password]", Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/jobs/recurring");

        var text = await page.Locator("body").InnerTextAsync();
        text.Should().Contain("cube-rollup").And.Contain("client-report-rerender").And.Contain("sentiment-retag")
            .And.Contain("report:acme/weekly").And.Contain("report:beta/daily");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot, FullPage = true });
    }

    [Fact]
    public async Task Dashboard_NoCredentialsOtherRolesOrBadKey_RefusedOperatorAndAdminKeys200()
    {
        var keys = await KeysAsync(PortalRoles.Operator, PortalRoles.Admin, PortalRoles.Analyst, PortalRoles.DataTeam);
        var client = await _served.Services.GetRequiredService<PortalAccounts>().CreateAsync("acme@client.test", PortalRoles.Client, "acme", null, CancellationToken.None);
        var clientKey = (await _served.Services.GetRequiredService<PortalApiKeys>().IssueAsync(client.AccountId, "t", null, CancellationToken.None)).Key;

        var none = await _served.Http.GetAsync("/jobs");
        none.StatusCode.Should().Be(HttpStatusCode.Redirect);
        none.Headers.Location!.ToString().Should().Contain("/portal/signin");
        (await GetAsync("/jobs/recurring", "sermo_pk_not-a-key")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        foreach (var key in new[] { keys[PortalRoles.Analyst], keys[PortalRoles.DataTeam], clientKey })
        {
            var refused = await GetAsync("/jobs/recurring", key);
            refused.StatusCode.Should().Be(HttpStatusCode.Forbidden);
            (await refused.Content.ReadAsStringAsync()).Should().NotContain("cube-rollup");
        }

        foreach (var role in new[] { PortalRoles.Operator, PortalRoles.Admin })
        {
            var right = await GetAsync("/jobs/recurring", keys[role]);
            right.StatusCode.Should().Be(HttpStatusCode.OK, role);
            (await right.Content.ReadAsStringAsync()).Should().Contain("Sermo jobs").And.Contain("cube-rollup");
        }
    }

    [Fact]
    public async Task Dashboard_InMemoryStoreAndNoWorkers_NotMapped404()
    {
        await using var served = await ServedDataFolder.StartAsync(workers: false);
        var account = await served.Services.GetRequiredService<PortalAccounts>().CreateAsync(OperatorEmail, PortalRoles.Operator, null, null, CancellationToken.None);
        var key = (await served.Services.GetRequiredService<PortalApiKeys>().IssueAsync(account.AccountId, "t", null, CancellationToken.None)).Key;
        var request = new HttpRequestMessage(HttpMethod.Get, "/jobs");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);

        (await served.Http.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private async Task<Dictionary<string, string>> KeysAsync(params string[] roles)
    {
        var keys = new Dictionary<string, string>();
        foreach (var role in roles)
        {
            var account = await _served.Services.GetRequiredService<PortalAccounts>().CreateAsync($"{role}@sermo.test", role, null, null, CancellationToken.None);
            keys[role] = (await _served.Services.GetRequiredService<PortalApiKeys>().IssueAsync(account.AccountId, "test", null, CancellationToken.None)).Key;
        }

        return keys;
    }

    private Task<HttpResponseMessage> GetAsync(string path, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return _served.Http.SendAsync(request);
    }
}
