using Microsoft.Playwright;
using Sermo.Portal.Access;
using Sermo.Storage.Ingestion;

namespace Sermo.Portal.Tests.Web;

/// <summary>The portal in Debian's Chromium: sign-in, the operators' page and the API page rendering the OpenAPI document (screenshots to look at).</summary>
public sealed class PortalBrowserTests : IAsyncLifetime
{
    public static readonly string OperatorScreenshot = Path.Combine(Path.GetTempPath(), "sermo-portal-operator.png");
    public static readonly string ApiScreenshot = Path.Combine(Path.GetTempPath(), "sermo-portal-api.png");

    private PortalHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await PortalHost.StartAsync();
        await _host.Service<IIngestStore>().CommitAsync(new IngestBatch("forum", "1842", [], [], [],
            [new DeadLetter("forum", "17", "missing-author", "no author", null)]), CancellationToken.None);
        await _host.AccountAsync(PortalRoles.Operator, email: "ops@sermo.test");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Operator_SignsInInBrowser_SeesOperationsAndTheApiPageRenderedWithoutACdn()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await PortalChromium.LaunchAsync(playwright);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 700 } });
        context.SetDefaultTimeout(PortalChromium.PageTimeoutMs);
        context.SetDefaultNavigationTimeout(PortalChromium.PageTimeoutMs);
        var page = await context.NewPageAsync();
        var elsewhere = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(_host.Address.ToString(), StringComparison.Ordinal))
            {
                elsewhere.Add(request.Url);
            }
        };

        await PortalChromium.SignInAtAsync(page, _host.Address, "/portal/operator", "ops@sermo.test");
        (await page.Locator("#sources").InnerTextAsync()).Should().Contain("forum").And.Contain("1842");
        (await page.Locator("#dead-letters").InnerTextAsync()).Should().Contain("missing-author");
        (await page.Locator("#health").InnerTextAsync()).Should().Contain("store").And.Contain("search").And.Contain("chromium");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = OperatorScreenshot, FullPage = true });

        await page.GotoAsync(new Uri(_host.Address, "/portal/api-docs").ToString());
        await page.Locator(".op[data-path='/api/operator/ingest']").WaitForAsync();
        (await page.Locator(".op[data-path='/api/operator/ingest'] .policy").InnerTextAsync()).Should().Be("portal-operator");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ApiScreenshot, FullPage = true });

        elsewhere.Should().BeEmpty("the portal loads nothing from another host");
    }
}
