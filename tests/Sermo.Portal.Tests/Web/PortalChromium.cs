using System.Text;
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

    /// <summary>
    /// Uploads <paramref name="csv"/> as <paramref name="fileName"/> through the form <paramref name="formSelector"/> (its file
    /// input and its button) and waits for the answer's document, not its "load" event, which once never came within 120 s
    /// under load (network idle had been reached); the assertions that follow wait for the element only the answer shows.
    /// </summary>
    public static async Task UploadCsvAsync(IPage page, string formSelector, string fileName, string csv)
    {
        await page.SetInputFilesAsync($"{formSelector} input[type=file]", new FilePayload { Name = fileName, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await page.ClickAsync($"{formSelector} button");
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }
}
