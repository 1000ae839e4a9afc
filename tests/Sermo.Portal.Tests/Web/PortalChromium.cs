using Microsoft.Playwright;

namespace Sermo.Portal.Tests.Web;

/// <summary>Debian's Chromium as every browser test drives it, and the portal's sign-in form filled in it.</summary>
internal static class PortalChromium
{
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = "/usr/bin/chromium",
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });

    /// <summary>
    /// Playwright's 30 s default was exceeded once on a CI machine at load average 20-30 (a sign-in redirect whose page
    /// never reached "load" in time), so every page here waits longer before it fails; the assertions are unchanged.
    /// </summary>
    public const float PageTimeoutMs = 120_000;

    /// <summary>A new page of <paramref name="width"/> by <paramref name="height"/>, with the longer timeouts above.</summary>
    public static async Task<IPage> OpenPageAsync(IBrowser browser, int width, int height, bool acceptDownloads = false)
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, AcceptDownloads = acceptDownloads });
        page.SetDefaultTimeout(PageTimeoutMs);
        page.SetDefaultNavigationTimeout(PageTimeoutMs);
        return page;
    }

    /// <summary>
    /// Opens <paramref name="path"/>, which redirects to sign-in, signs in there and waits to be back: until the page's
    /// document is parsed, not its "load" event, which twice never came within 120 s on a CI machine under load (network
    /// idle had been reached).
    /// </summary>
    public static async Task SignInAtAsync(IPage page, Uri host, string path, string email)
    {
        await page.GotoAsync(new Uri(host, path).ToString());
        page.Url.Should().Contain("/portal/signin");
        await page.FillAsync("input[name=Email]", email);
        await page.FillAsync("input[name=Password]", PortalHost.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**" + path, new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
    }
}
