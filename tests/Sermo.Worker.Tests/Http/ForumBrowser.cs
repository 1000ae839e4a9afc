using Microsoft.Playwright;

namespace Sermo.Worker.Tests.Http;

/// <summary>Headless Debian chromium for the forum tests: one browser, a fresh context (own cookies) per member.</summary>
internal sealed class ForumBrowser : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly Uri _address;

    private ForumBrowser(IPlaywright playwright, IBrowser browser, Uri address) => (_playwright, _browser, _address) = (playwright, browser, address);

    public static async Task<ForumBrowser> LaunchAsync(Uri address)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        return new ForumBrowser(playwright, browser, address);
    }

    /// <summary>A page in a context of its own; confirm() dialogs are accepted, as a member clicking OK would.</summary>
    public async Task<IPage> NewMemberAsync()
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _address.ToString().TrimEnd('/'), ViewportSize = new() { Width = 1100, Height = 900 } });
        var page = await context.NewPageAsync();
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        return page;
    }

    public static async Task RegisterAsync(IPage page, string npi, string email, string pseudonym, string specialty = "Cardiology", string state = "TX")
    {
        await page.GotoAsync("/forum/register");
        await page.FillAsync("#Input_Npi", npi);
        await page.SelectOptionAsync("#Input_Specialty", specialty);
        await page.SelectOptionAsync("#Input_State", state);
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", "correct horse battery");
        await page.FillAsync("#Input_Pseudonym", pseudonym);
        await page.ClickAsync("#register button[type=submit]");
    }

    /// <summary>Saves a full-page screenshot under docs/examples for the forum page (docs/forum.md shows them).</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(Path.GetDirectoryName(EndToEnd.RepositoryPaths.Samples)!, "docs", "examples");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"forum-{name}.png"), FullPage = true });
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
