using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Sermo.Portal.Access;
using Sermo.Storage.Portal;

namespace Sermo.Portal.Tests.Web;

/// <summary>
/// Lockout reset and password change in the portal: an admin unlocks an account and sets it a new password (shown
/// once, ending its sessions); a signed-in user changes their own in Debian's Chromium, with the antiforgery token.
/// </summary>
public sealed partial class PasswordPagesTests : IAsyncLifetime
{
    public static readonly string Screenshot = Path.Combine(Path.GetTempPath(), "sermo-portal-password.png");

    private const string NewPassword = "a brand new password";

    private PortalHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await PortalHost.StartAsync(new Dictionary<string, string?> { ["Portal:Access:MaxFailedSignIns"] = "2" });
        await _host.AccountAsync(PortalRoles.Admin, email: "root@sermo.test");
        await _host.AccountAsync(PortalRoles.Analyst, email: "ana@sermo.test");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Admin_UnlocksALockedAccount_ItSignsInAgainAndTheResetIsAudited()
    {
        using var stranger = _host.Browser();
        await PortalHost.SignInAsync(stranger, "ana@sermo.test", "wrong password 1");
        await PortalHost.SignInAsync(stranger, "ana@sermo.test", "wrong password 2");
        using var locked = _host.Browser();
        (await PortalHost.SignInAsync(locked, "ana@sermo.test", PortalHost.Password)).StatusCode.Should().Be(HttpStatusCode.OK, "locked: the form again");
        using var admin = await SignedInAsync("root@sermo.test", PortalHost.Password);
        (await admin.GetStringAsync("/portal/admin")).Should().Contain("locked until");

        var unlocked = await PostAsync(admin, "/portal/admin?handler=Unlock", "/portal/admin", new() { ["email"] = "ana@sermo.test" });

        unlocked.StatusCode.Should().Be(HttpStatusCode.OK);
        using var ana = await SignedInAsync("ana@sermo.test", PortalHost.Password);
        (await _host.Service<PortalAccountTable>().ChangesAsync(10, CancellationToken.None)).Should().ContainSingle()
            .Which.Should().Match<PortalAccountChange>(c => c.Change == PortalAccountTable.Unlocked && c.Actor == "portal:root@sermo.test");
    }

    [Fact]
    public async Task Admin_SetsANewPassword_ShownOnceOldSessionEndsNewPasswordSignsIn()
    {
        using var ana = await SignedInAsync("ana@sermo.test", PortalHost.Password);
        using var admin = await SignedInAsync("root@sermo.test", PortalHost.Password);

        var answer = await PostAsync(admin, "/portal/admin?handler=Password", "/portal/admin", new() { ["email"] = "ana@sermo.test" });

        var password = ShownOnce().Match(await answer.Content.ReadAsStringAsync()).Groups[1].Value;
        password.Should().HaveLength(24);
        (await admin.GetStringAsync("/portal/admin")).Should().NotContain(password);
        (await ana.GetAsync("/portal/analyst")).StatusCode.Should().NotBe(HttpStatusCode.OK, "the old session ended");
        using var again = await SignedInAsync("ana@sermo.test", password);
    }

    [Fact]
    public async Task Admin_SetsTheirOwnPasswordOnTheAdminPage_400AndNothingChanged()
    {
        using var admin = await SignedInAsync("root@sermo.test", PortalHost.Password);

        var answer = await PostAsync(admin, "/portal/admin?handler=Password", "/portal/admin", new() { ["email"] = "root@sermo.test" });

        answer.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await _host.Service<PortalAccountTable>().ChangesAsync(10, CancellationToken.None)).Should().BeEmpty();
    }

    [Fact]
    public async Task ChangeOwnPassword_WithoutAntiforgeryToken_400AndPasswordUnchanged()
    {
        using var ana = await SignedInAsync("ana@sermo.test", PortalHost.Password);

        var answer = await ana.PostAsync(new Uri("/portal/account", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["current"] = PortalHost.Password, ["password"] = NewPassword, ["confirm"] = NewPassword,
        }));

        answer.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await _host.Service<PortalAccounts>().SignInAsync("ana@sermo.test", PortalHost.Password, CancellationToken.None)).Succeeded.Should().BeTrue();
    }

    [Fact]
    public async Task ChangeOwnPassword_WithAnApiKey_ForbiddenAndPasswordUnchanged()
    {
        var key = (await _host.Service<PortalApiKeys>().IssueAsync(
            (await _host.Service<PortalAccounts>().FindByEmailAsync("ana@sermo.test", CancellationToken.None))!.AccountId, "k", null, CancellationToken.None)).Key;
        using var http = new HttpClient { BaseAddress = _host.Address };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);

        var answer = await http.PostAsync(new Uri("/portal/account", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["current"] = PortalHost.Password, ["password"] = NewPassword, ["confirm"] = NewPassword,
        }));

        answer.IsSuccessStatusCode.Should().BeFalse();
        (await _host.Service<PortalAccounts>().SignInAsync("ana@sermo.test", PortalHost.Password, CancellationToken.None)).Succeeded.Should().BeTrue();
    }

    [Fact]
    public async Task ChangeOwnPassword_InBrowser_ThisSessionStaysOtherSessionEndsNewPasswordSignsIn()
    {
        using var otherSession = await SignedInAsync("ana@sermo.test", PortalHost.Password);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await PortalChromium.LaunchAsync(playwright);
        var page = await PortalChromium.OpenPageAsync(browser, 1100, 700);
        await PortalChromium.SignInAtAsync(page, _host.Address, "/portal", "ana@sermo.test");
        await page.ClickAsync("#change-password-link");

        await page.FillAsync("#change-password input[name=current]", "not my password");
        await page.FillAsync("#change-password input[name=password]", NewPassword);
        await page.FillAsync("#change-password input[name=confirm]", NewPassword);
        await page.ClickAsync("#change-password button");
        (await page.Locator("#account-error").InnerTextAsync()).Should().Be("The current password is wrong.");

        await page.FillAsync("#change-password input[name=current]", PortalHost.Password);
        await page.FillAsync("#change-password input[name=password]", NewPassword);
        await page.FillAsync("#change-password input[name=confirm]", NewPassword);
        await page.ClickAsync("#change-password button");

        (await page.Locator("#account-notice").InnerTextAsync()).Should().StartWith("Your password is changed.");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot, FullPage = true });
        await page.GotoAsync(new Uri(_host.Address, "/portal/analyst").ToString());
        page.Url.Should().EndWith("/portal/analyst", "this session was signed in again with the new stamp");
        (await otherSession.GetAsync("/portal/analyst")).StatusCode.Should().NotBe(HttpStatusCode.OK, "the other session ended");
        using var signedIn = await SignedInAsync("ana@sermo.test", NewPassword);
        (await _host.Service<PortalAccountTable>().ChangesAsync(10, CancellationToken.None)).Should().ContainSingle()
            .Which.Should().Match<PortalAccountChange>(c => c.Change == PortalAccountTable.PasswordChanged);
    }

    private async Task<HttpClient> SignedInAsync(string email, string password)
    {
        var browser = _host.Browser();
        (await PortalHost.SignInAsync(browser, email, password)).StatusCode.Should().Be(HttpStatusCode.Redirect, $"{email} signs in");
        return browser;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string path, string tokenFrom, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = PortalHost.AntiforgeryToken(await browser.GetStringAsync(tokenFrom));
        return await browser.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("<code id=\"shown-once\">([^<]+)</code>")]
    private static partial Regex ShownOnce();
}
