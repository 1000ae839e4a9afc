using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Sermo.Analytics.Watchlists;
using Sermo.Portal.Access;
using Sermo.Storage.Clients;

namespace Sermo.Portal.Tests.Web;

/// <summary>
/// The admins' accounts and keys page: a created account's password and an issued key work and are shown once, a
/// disabled account's session and keys stop, a revoked key stops, bad input is 400, and only admins get in.
/// </summary>
public sealed partial class AdminPageTests : IAsyncLifetime
{
    public static readonly string Screenshot = Path.Combine(Path.GetTempPath(), "sermo-portal-admin.png");

    private PortalHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await PortalHost.StartAsync();
        await _host.Service<IClientRegistry>().UpsertAsync(new ClientRecord("acme", "acme Pharma", "pharma", 5,
            new Watchlist("acme", "acme Pharma", "pharma", [new WatchlistTerm("Eliquis", ["eliquis"])]), "[]"), CancellationToken.None);
        await _host.AccountAsync(PortalRoles.Admin, email: "root@sermo.test");
        await _host.AccountAsync(PortalRoles.Operator, email: "ops@sermo.test");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Create_AnalystAccount_PasswordShownOnceSignsInAndDisableEndsTheSession()
    {
        using var admin = await SignedInAsync("root@sermo.test", PortalHost.Password);

        var created = await PostAsync(admin, "Create", new() { ["email"] = "new@sermo.test", ["role"] = PortalRoles.Analyst });

        created.StatusCode.Should().Be(HttpStatusCode.OK);
        var password = ShownOnce().Match(await created.Content.ReadAsStringAsync()).Groups[1].Value;
        password.Should().HaveLength(24);
        (await admin.GetStringAsync("/portal/admin")).Should().Contain("new@sermo.test").And.NotContain(password, "the password is shown once");
        using var analyst = await SignedInAsync("new@sermo.test", password);
        (await analyst.GetAsync("/portal/analyst")).StatusCode.Should().Be(HttpStatusCode.OK);

        var disabled = await PostAsync(admin, "Disable", new() { ["email"] = "new@sermo.test" });

        disabled.StatusCode.Should().Be(HttpStatusCode.OK);
        (await analyst.GetAsync("/portal/analyst")).StatusCode.Should().NotBe(HttpStatusCode.OK, "a disabled account's session ends");
        (await _host.Service<PortalAccounts>().FindByEmailAsync("new@sermo.test", CancellationToken.None))!.Disabled.Should().BeTrue();
    }

    [Fact]
    public async Task Issue_KeyForAClientMachineAccount_ShownOnceWorksUntilRevoked()
    {
        using var admin = await SignedInAsync("root@sermo.test", PortalHost.Password);
        (await PostAsync(admin, "Create", new() { ["email"] = "robot@acme.test", ["role"] = PortalRoles.Client, ["client"] = "acme", ["machine"] = "true" }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        var robot = (await _host.Service<PortalAccounts>().FindByEmailAsync("robot@acme.test", CancellationToken.None))!;
        robot.ClientId.Should().Be("acme");

        var issued = await PostAsync(admin, "Issue", new() { ["account"] = robot.AccountId, ["name"] = "nightly", ["days"] = "30" });

        var key = ShownOnce().Match(await issued.Content.ReadAsStringAsync()).Groups[1].Value;
        key.Should().StartWith(PortalApiKeys.Prefix);
        (await admin.GetStringAsync("/portal/admin")).Should().NotContain(key);
        (await _host.GetAsync("/api/probe/clients/acme/data", key)).StatusCode.Should().Be(HttpStatusCode.OK);
        var stored = (await _host.Service<PortalApiKeys>().ListAsync(robot.AccountId, CancellationToken.None)).Should().ContainSingle().Subject;
        (stored.ExpiresAt - stored.CreatedAt).Should().Be(TimeSpan.FromDays(30));

        (await PostAsync(admin, "Revoke", new() { ["key"] = stored.KeyId })).StatusCode.Should().Be(HttpStatusCode.OK);

        (await _host.GetAsync("/api/probe/clients/acme/data", key)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("Create", "email=not-an-address&role=analyst", "not an e-mail address")]
    [InlineData("Create", "email=c@acme.test&role=client&client=nobody", "No client 'nobody'")]
    [InlineData("Create", "email=x@sermo.test&role=emperor", "Unknown role")]
    [InlineData("Issue", "account=acct_missing&name=n", "No enabled account")]
    [InlineData("Issue", "account=acct_missing&name=n&days=100000", "1 to 3650 days")]
    [InlineData("Revoke", "key=key_missing", "No active key")]
    [InlineData("Disable", "email=nobody@sermo.test", "No active account")]
    [InlineData("Disable", "email=root@sermo.test", "does not disable their own account")]
    public async Task Change_BadInput_400WithTheReasonAndNothingChanged(string handler, string form, string reason)
    {
        using var admin = await SignedInAsync("root@sermo.test", PortalHost.Password);
        var before = (await _host.Service<PortalAccounts>().ListAsync(CancellationToken.None)).Count;

        var response = await PostAsync(admin, handler, form.Split('&').Select(f => f.Split('=')).ToDictionary(f => f[0], f => f[1]));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Should().Contain(reason);
        (await _host.Service<PortalAccounts>().ListAsync(CancellationToken.None)).Should().HaveCount(before);
        (await _host.Service<PortalApiKeys>().ListAsync(null, CancellationToken.None)).Should().BeEmpty();
    }

    [Fact]
    public async Task AdminPage_Operator_ForbiddenAndCreatesNothing()
    {
        using var operatorBrowser = await SignedInAsync("ops@sermo.test", PortalHost.Password);

        var page = await operatorBrowser.GetAsync("/portal/admin");
        var post = await PostAsync(operatorBrowser, "Create", new() { ["email"] = "sneak@sermo.test", ["role"] = PortalRoles.Admin }, tokenFrom: "/portal/operator");

        page.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        post.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await _host.Service<PortalAccounts>().FindByEmailAsync("sneak@sermo.test", CancellationToken.None)).Should().BeNull();
    }

    [Fact]
    public async Task AdminPage_InBrowser_CreatesAnAccountAndIssuesItAKey()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await PortalChromium.LaunchAsync(playwright);
        var page = await PortalChromium.OpenPageAsync(browser, 1100, 800);
        await PortalChromium.SignInAtAsync(page, _host.Address, "/portal/admin", "root@sermo.test");

        await page.FillAsync("#create-account input[name=email]", "dana@sermo.test");
        await page.SelectOptionAsync("#create-account select[name=role]", PortalRoles.DataTeam);
        await page.ClickAsync("#create-account button");
        (await page.Locator("#admin-notice").InnerTextAsync()).Should().StartWith("created data-team account dana@sermo.test");
        (await page.Locator("#shown-once").InnerTextAsync()).Should().HaveLength(24);

        await page.SelectOptionAsync("#issue-key select[name=account]", new SelectOptionValue { Label = "dana@sermo.test" });
        await page.FillAsync("#issue-key input[name=name]", "notebook");
        await page.ClickAsync("#issue-key button");

        (await page.Locator("#shown-once").InnerTextAsync()).Should().StartWith(PortalApiKeys.Prefix);
        (await page.Locator("#keys tbody tr").AllInnerTextsAsync()).Should().ContainSingle().Which.Should().Contain("dana@sermo.test").And.Contain("live");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot, FullPage = true });
    }

    private async Task<HttpClient> SignedInAsync(string email, string password)
    {
        var browser = _host.Browser();
        (await PortalHost.SignInAsync(browser, email, password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        return browser;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string handler, Dictionary<string, string> fields, string tokenFrom = "/portal/admin")
    {
        fields["__RequestVerificationToken"] = PortalHost.AntiforgeryToken(await browser.GetStringAsync(tokenFrom));
        return await browser.PostAsync(new Uri($"/portal/admin?handler={handler}", UriKind.Relative), new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("<code id=\"shown-once\">([^<]+)</code>")]
    private static partial Regex ShownOnce();
}
