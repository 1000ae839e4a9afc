using System.Net;
using Sermo.Portal.Access;

namespace Sermo.Portal.Tests.Web;

/// <summary>Keys and cookies through the real middleware: each policy lets its roles through and refuses, and records, the rest.</summary>
public sealed class PortalAccessTests : IAsyncLifetime
{
    private PortalHost _host = null!;

    public async Task InitializeAsync() => _host = await PortalHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Probes_EachRoleKey_ThroughOnlyWhereItsPolicyAllows()
    {
        var allowed = new Dictionary<string, string[]>
        {
            [PortalPolicies.Analyst] = [PortalRoles.Analyst],
            [PortalPolicies.DataTeam] = [PortalRoles.DataTeam],
            [PortalPolicies.Operator] = [PortalRoles.Operator, PortalRoles.Admin],
            [PortalPolicies.Admin] = [PortalRoles.Admin],
            [PortalPolicies.User] = [.. PortalRoles.All],
        };
        foreach (var role in PortalRoles.All)
        {
            var key = await _host.KeyAsync(role, role == PortalRoles.Client ? "acme" : null);
            foreach (var (path, policy) in PortalHost.Probes)
            {
                var response = await _host.GetAsync(path, key);
                var expected = allowed[policy].Contains(role) ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
                response.StatusCode.Should().Be(expected, $"{role} on {path}");
                (await response.Content.ReadAsStringAsync()).Contains(PortalHost.Served, StringComparison.Ordinal).Should().Be(expected == HttpStatusCode.OK);
            }
        }
    }

    [Fact]
    public async Task ClientProbe_OwnIdServedOtherIdForbiddenAndRecordedAsOtherClient()
    {
        var acme = await _host.AccountAsync(PortalRoles.Client, "acme");
        var key = (await _host.Service<PortalApiKeys>().IssueAsync(acme.AccountId, "t", null, CancellationToken.None)).Key;
        var analyst = await _host.KeyAsync(PortalRoles.Analyst);

        var own = await _host.GetAsync("/api/probe/clients/acme/data", key);
        var other = await _host.GetAsync("/api/probe/clients/beta/data", key);
        var notAClient = await _host.GetAsync("/api/probe/clients/acme/data", analyst);
        var none = await _host.GetAsync("/api/probe/clients/acme/data", null);

        own.StatusCode.Should().Be(HttpStatusCode.OK);
        (await own.Content.ReadAsStringAsync()).Should().Be(PortalHost.Served + ":acme");
        other.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        notAClient.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        none.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        none.Headers.WwwAuthenticate.Should().ContainSingle("an API call without key or cookie gets 401 and no sign-in redirect").Which.Scheme.Should().Be("Bearer");
        var refusals = await _host.Service<AccessRefusals>().ListAsync(10, CancellationToken.None);
        refusals.Should().ContainEquivalentOf(new { Path = "/api/probe/clients/beta/data", Caller = acme.AccountId, Reason = AccessRefusals.OtherClient });
        refusals.Should().ContainEquivalentOf(new { Path = "/api/probe/clients/acme/data", Reason = AccessRefusals.Forbidden });
        refusals.Should().ContainEquivalentOf(new { Path = "/api/probe/clients/acme/data", Caller = (string?)null, Reason = AccessRefusals.NoCredentials });
        refusals.Should().HaveCount(3);
    }

    [Fact]
    public async Task Keys_BadRevokedOrOfADisabledAccount_401AndRecorded()
    {
        var ana = await _host.AccountAsync(PortalRoles.Analyst, email: "ana@sermo.test");
        var revoked = await _host.Service<PortalApiKeys>().IssueAsync(ana.AccountId, "t", null, CancellationToken.None);
        var live = await _host.Service<PortalApiKeys>().IssueAsync(ana.AccountId, "t", null, CancellationToken.None);
        await _host.Service<PortalApiKeys>().RevokeAsync(revoked.KeyId, CancellationToken.None);

        var bad = await _host.GetAsync("/api/probe/analyst", "sermo_pk_never-issued");
        var wasRevoked = await _host.GetAsync("/api/probe/analyst", revoked.Key);
        var beforeDisable = await _host.GetAsync("/api/probe/analyst", live.Key);
        await _host.Service<PortalAccounts>().DisableAsync("ana@sermo.test", CancellationToken.None);
        var afterDisable = await _host.GetAsync("/api/probe/analyst", live.Key);

        bad.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        bad.Headers.WwwAuthenticate.Should().ContainSingle().Which.Scheme.Should().Be("Bearer");
        wasRevoked.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        beforeDisable.StatusCode.Should().Be(HttpStatusCode.OK);
        afterDisable.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await _host.Service<AccessRefusals>().ListAsync(10, CancellationToken.None)).Should().HaveCount(3)
            .And.OnlyContain(r => r.Reason == AccessRefusals.NoCredentials && r.Path == "/api/probe/analyst");
    }

    [Fact]
    public async Task Browser_SignsInThroughTheForm_CookieCarriesTheRoleUntilSignOut()
    {
        await _host.AccountAsync(PortalRoles.Operator, email: "ops@sermo.test");
        using var browser = _host.Browser();

        var anonymous = await browser.GetAsync("/portal");
        var wrong = await PortalHost.SignInAsync(browser, "ops@sermo.test", "not the password");
        var signedIn = await PortalHost.SignInAsync(browser, "ops@sermo.test", PortalHost.Password);
        var home = await browser.GetStringAsync("/portal");
        var operatorProbe = await browser.GetAsync("/api/probe/operator");
        var adminProbe = await browser.GetAsync("/api/probe/admin");

        anonymous.StatusCode.Should().Be(HttpStatusCode.Redirect);
        anonymous.Headers.Location!.OriginalString.Should().Contain("/portal/signin");
        wrong.StatusCode.Should().Be(HttpStatusCode.OK);
        (await wrong.Content.ReadAsStringAsync()).Should().Contain("E-mail or password is wrong");
        signedIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        home.Should().Contain("ops@sermo.test").And.Contain("<strong id=\"role\">operator</strong>").And.Contain("href=\"/jobs\"");
        operatorProbe.StatusCode.Should().Be(HttpStatusCode.OK);
        adminProbe.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Browser_AccountDisabledWhileSignedIn_NextRequestIsSignedOut()
    {
        await _host.AccountAsync(PortalRoles.Analyst, email: "ana@sermo.test");
        using var browser = _host.Browser();
        (await PortalHost.SignInAsync(browser, "ana@sermo.test", PortalHost.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await browser.GetAsync("/api/probe/analyst")).StatusCode.Should().Be(HttpStatusCode.OK);

        await _host.Service<PortalAccounts>().DisableAsync("ana@sermo.test", CancellationToken.None);
        var after = await browser.GetAsync("/api/probe/analyst");
        var page = await browser.GetAsync("/portal");

        after.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        page.StatusCode.Should().Be(HttpStatusCode.Redirect);
    }
}
