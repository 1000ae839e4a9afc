using System.Net;
using System.Text.Json;
using Sermo.Portal.Access;

namespace Sermo.Portal.Tests.Web;

/// <summary>Health and the OpenAPI document as the portal serves them.</summary>
public sealed class PortalEndpointsTests : IAsyncLifetime
{
    private PortalHost _host = null!;

    public async Task InitializeAsync() => _host = await PortalHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Health_Anonymous_OneWordOperatorsGetEachCheck()
    {
        var anonymous = await _host.GetAsync("/health", null);
        var analyst = await _host.GetAsync("/api/operator/health", await _host.KeyAsync(PortalRoles.Analyst));
        var details = await _host.GetAsync("/api/operator/health", await _host.KeyAsync(PortalRoles.Operator));

        anonymous.StatusCode.Should().Be(HttpStatusCode.OK);
        (await anonymous.Content.ReadAsStringAsync()).Should().Be("Healthy", "the store and search open, and chromium is installed on this machine");
        analyst.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        details.StatusCode.Should().Be(HttpStatusCode.OK);
        var checks = JsonDocument.Parse(await details.Content.ReadAsStringAsync()).RootElement.GetProperty("checks").EnumerateArray()
            .ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("status").GetString());
        checks.Should().BeEquivalentTo(new Dictionary<string, string> { ["store"] = "Healthy", ["search"] = "Healthy", ["chromium"] = "Healthy" });
    }

    [Fact]
    public async Task OpenApi_SignedInOnly_EachOperationSaysWhatAccessItNeeds()
    {
        var anonymous = await _host.GetAsync("/openapi/v1.json", null);
        var document = await _host.GetAsync("/openapi/v1.json", await _host.KeyAsync(PortalRoles.Client, "acme"));

        anonymous.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        document.StatusCode.Should().Be(HttpStatusCode.OK);
        var paths = JsonDocument.Parse(await document.Content.ReadAsStringAsync()).RootElement.GetProperty("paths");
        paths.GetProperty("/api/probe/clients/{client}/data").GetProperty("get").GetProperty("description").GetString()
            .Should().StartWith("Access: portal-client.");
        paths.GetProperty("/api/probe/admin").GetProperty("get").GetProperty("description").GetString().Should().StartWith("Access: portal-admin.");
        paths.TryGetProperty("/portal/assets/{name}", out _).Should().BeFalse("assets are not part of the API");
    }

    [Fact]
    public async Task ApiDocsPage_SignedIn_ServesThePageAndItsScriptFromTheHost()
    {
        await _host.AccountAsync(PortalRoles.Analyst, email: "ana@sermo.test");
        using var browser = _host.Browser();
        await PortalHost.SignInAsync(browser, "ana@sermo.test", PortalHost.Password);

        var page = await browser.GetStringAsync("/portal/api-docs");
        var script = await browser.GetAsync("/portal/assets/api-docs.js");

        page.Should().Contain("src=\"/portal/assets/api-docs.js\"").And.NotContain("https://");
        script.StatusCode.Should().Be(HttpStatusCode.OK);
        (await script.Content.ReadAsStringAsync()).Should().Contain("textContent").And.NotContain("innerHTML");
    }
}
