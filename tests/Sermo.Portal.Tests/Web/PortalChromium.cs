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
    /// Opens <paramref name="path"/>, which redirects to sign-in, signs in there and waits to be back: until the new
    /// document is committed and parsed (<see cref="WaitForParsedDocumentAsync"/>).
    /// </summary>
    public static async Task SignInAtAsync(IPage page, Uri host, string path, string email)
    {
        await page.GotoAsync(new Uri(host, path).ToString());
        page.Url.Should().Contain("/portal/signin");
        await page.FillAsync("input[name=Email]", email);
        await page.FillAsync("input[name=Password]", PortalHost.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**" + path, new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await WaitForParsedDocumentAsync(page);
    }

    /// <summary>
    /// Uploads <paramref name="csv"/> as <paramref name="fileName"/> through the form <paramref name="formSelector"/> (its file
    /// input and its button) and waits for the answer's document: the page before the upload is marked, and the wait ends
    /// when a parsed document without the mark is there, so an assertion that follows never reads the page it submitted from.
    /// </summary>
    public static async Task UploadCsvAsync(IPage page, string formSelector, string fileName, string csv)
    {
        await page.SetInputFilesAsync($"{formSelector} input[type=file]", new FilePayload { Name = fileName, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await page.EvaluateAsync("() => { window.sermoSubmittedFrom = true; }");
        await page.ClickAsync($"{formSelector} button");
        await WaitForParsedDocumentAsync(page, "!window.sermoSubmittedFrom && ");
    }

    /// <summary>
    /// Waits until the page's document is parsed (readyState past "loading"), polling it rather than waiting for Chromium's
    /// lifecycle events: a "load" and, in round 42, a "DOMContentLoaded" wait after a form post each never ended within 120 s
    /// on a CI machine although network idle had been reached. A poll that a navigation interrupts runs again in the new document.
    /// </summary>
    private static Task WaitForParsedDocumentAsync(IPage page, string alsoTrue = "") =>
        page.WaitForFunctionAsync($"() => {alsoTrue}document.readyState !== 'loading'", null, new PageWaitForFunctionOptions { PollingInterval = 100 });
}
