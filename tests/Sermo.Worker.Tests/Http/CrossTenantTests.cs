using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sermo.Portal.Access;
using Sermo.Worker.Tests.Reports;

namespace Sermo.Worker.Tests.Http;

/// <summary>
/// The cross-tenant suite over the whole `serve` host: every endpoint in the route table, called without credentials,
/// with each role that its policy does not name, and with another client's key, is refused (401, 403, 404 or a
/// redirect to a sign-in page), never answers with data, and each refusal of a portal endpoint is on the audit.
/// The data is real: client acme's published report and its posts in the index.
/// </summary>
// The served web app logs warnings to the console, which CLI tests capture: never run beside them.
[Collection("Console")]
public sealed class CrossTenantTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 3, 20, 8, 30, 0, TimeSpan.Zero);

    /// <summary>Text that appears only in data someone must be allowed to read: acme's posts, report and dashboard jobs, account e-mails.</summary>
    private static readonly string[] Secrets = ["dosing note", "quokka", "Acme Pharma", "Beta Capital", "cube-rollup", "@sermo.test", "@clients.test"];

    private static readonly string[] Refused = ["401", "403", "404"];

    private readonly Dictionary<string, string> _keys = [];
    private ServedDataFolder _served = null!;
    private string _report = null!;

    public async Task InitializeAsync()
    {
        _served = await ServedDataFolder.StartAsync(
            new Dictionary<string, string?>
            {
                ["Ingest:Push:Token"] = "push-token-for-the-cross-tenant-suite",
                ["Forum:Feed:Token"] = "feed-token-for-the-cross-tenant-suite",
                ["Ingest:PollInterval"] = "01:00:00",
                ["Jobs:RollupCron"] = "0 0 31 2 *",
                ["Jobs:DrainTimeout"] = "00:00:05",
            },
            services: s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)),
            seed: async services => _report = await QuotedReportScenario.SeedAsync(services),
            workers: true);
        foreach (var role in PortalRoles.All.Where(r => r != PortalRoles.Client))
        {
            _keys[role] = await KeyAsync($"{role}@sermo.test", role, null);
        }

        _keys["acme"] = await KeyAsync("robot@acme.clients.test", PortalRoles.Client, "acme");
        _keys["beta"] = await KeyAsync("robot@beta.clients.test", PortalRoles.Client, "beta");
    }

    public Task DisposeAsync() => _served.DisposeAsync().AsTask();

    [Fact]
    public void RouteTable_EveryEndpoint_DeclaresAPolicyOrWhyItIsPublic()
    {
        var routes = Routes();

        routes.Select(r => r.Route).Should().Contain(["/api/clients/{client}/reports", "/api/clients/{client}/reports/{report}/{file}", "/api/search",
            "/jobs/{**path}", "/portal", "/portal/signin", "/health", "/api/operator/health", "/openapi/{documentName}.json", "/forum", "/api/ingest/posts"],
            "the suite must see the endpoints it guards");
        routes.Where(r => r.Method == "POST").Select(r => r.Route).Should().Contain(["/portal/models", "/portal/operator", "/portal/clients/{client}/alerts", "/portal/analyst", "/portal/admin"],
            "pages with forms are walked with POST too");
        routes.Where(r => r.Policy is null && !r.Anonymous).Should().BeEmpty("every endpoint declares its policy");
        routes.Where(r => r.Anonymous && !r.Public && !r.IsForum).Should().BeEmpty("an anonymous portal or API endpoint says why (PublicEndpoint)");
    }

    [Fact]
    public async Task EveryEndpoint_NoCredentials_RefusedNeverDataAndPortalRefusalsAudited()
    {
        var failures = new List<string>();
        foreach (var route in Routes())
        {
            var before = await RefusalCountAsync();
            var (status, body, location) = await SendAsync(route, key: null);
            if (Leak(body) is { } leaked)
            {
                failures.Add($"{route}: answered {status} with '{leaked}'");
            }

            if (route.Policy is null)
            {
                continue;
            }

            if (!Refused.Contains(status) && !(status == "302" && location.Contains("signin", StringComparison.Ordinal)))
            {
                failures.Add($"{route}: {status} without credentials");
            }

            if (route.IsPortal && await RefusalCountAsync() != before + 1)
            {
                failures.Add($"{route}: refusal not audited");
            }
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public async Task EveryPortalEndpoint_RolesItsPolicyDoesNotName_403NeverDataAndAudited()
    {
        var failures = new List<string>();
        var checkedPairs = 0;
        foreach (var route in Routes().Where(r => r.IsPortal))
        {
            var allowed = await AllowedRolesAsync(route.Policy!);
            foreach (var (name, key) in _keys.Where(k => !allowed.Contains(RoleOf(k.Key))))
            {
                checkedPairs++;
                var before = await RefusalCountAsync();
                var (status, body, _) = await SendAsync(route, key);
                if (status != "403" || Leak(body) is not null || await RefusalCountAsync() != before + 1)
                {
                    failures.Add($"{route} as {name}: {status}, leaked '{Leak(body)}', audited {await RefusalCountAsync() - before}");
                }
            }
        }

        checkedPairs.Should().BeGreaterThan(20);
        failures.Should().BeEmpty();
    }

    [Fact]
    public async Task EveryClientEndpoint_AnotherClientsKey_403NeverDataAndAuditedAsOtherClient()
    {
        var clientRoutes = Routes().Where(r => r.Policy == PortalPolicies.Client && r.Route.Contains("{client}", StringComparison.Ordinal)).ToList();
        clientRoutes.Should().NotBeEmpty();
        foreach (var route in clientRoutes)
        {
            var (status, body, _) = await SendAsync(route, _keys["beta"]);

            status.Should().Be("403", route.ToString());
            Leak(body).Should().BeNull(route.ToString());
            (await _served.Services.GetRequiredService<AccessRefusals>().ListAsync(1, CancellationToken.None)).Single()
                .Should().BeEquivalentTo(new { Path = route.Path + Query(route), Reason = AccessRefusals.OtherClient }, route.ToString());
        }
    }

    [Fact]
    public async Task EveryForumEndpoint_PortalKeysOfAnyRole_NotAForumMember()
    {
        var failures = new List<string>();
        foreach (var route in Routes().Where(r => r.IsForum && r.Policy is not null))
        {
            var (status, body, location) = await SendAsync(route, _keys[PortalRoles.Admin]);
            if (Leak(body) is { } leaked || !(Refused.Contains(status) || (status == "302" && location.Contains("/forum/signin", StringComparison.Ordinal))))
            {
                failures.Add($"{route}: {status} {location}");
            }
        }

        failures.Should().BeEmpty();
    }

    private IReadOnlyList<RoutedRequest> Routes() => RouteTable.Read(_served.Services, new Dictionary<string, string>
    {
        ["client"] = "acme",
        ["report"] = _report,
        ["file"] = "report.html",
        ["path"] = "recurring",
        ["documentName"] = "v1",
        ["name"] = "portal.css",
    });

    private async Task<(string Status, string Body, string Location)> SendAsync(RoutedRequest route, string? key)
    {
        // A query every search answers with hits, so a search let through would show acme's posts.
        using var request = new HttpRequestMessage(new HttpMethod(route.Method), route.Path + Query(route));
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        if (route.Method != "GET")
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/x-ndjson");
        }

        using var response = await _served.Http.SendAsync(request);
        return (((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), await response.Content.ReadAsStringAsync(),
            response.Headers.Location?.OriginalString ?? "");
    }

    private static string Query(RoutedRequest route) => route.Method == "GET" ? "?q=eliquis" : "";

    private static string? Leak(string body) => Secrets.FirstOrDefault(s => body.Contains(s, StringComparison.OrdinalIgnoreCase));

    private async Task<IReadOnlyCollection<string>> AllowedRolesAsync(string policyName)
    {
        var policy = (await _served.Services.GetRequiredService<IAuthorizationPolicyProvider>().GetPolicyAsync(policyName))!;
        var roles = policy.Requirements.OfType<RolesAuthorizationRequirement>().SingleOrDefault()?.AllowedRoles;
        return roles is null ? PortalRoles.All : [.. roles];
    }

    private static string RoleOf(string keyName) => keyName is "acme" or "beta" ? PortalRoles.Client : keyName;

    private async Task<int> RefusalCountAsync() =>
        (await _served.Services.GetRequiredService<AccessRefusals>().ListAsync(100_000, CancellationToken.None)).Count;

    private async Task<string> KeyAsync(string email, string role, string? client)
    {
        var account = await _served.Services.GetRequiredService<PortalAccounts>().CreateAsync(email, role, client, null, CancellationToken.None);
        return (await _served.Services.GetRequiredService<PortalApiKeys>().IssueAsync(account.AccountId, "suite", null, CancellationToken.None)).Key;
    }
}
