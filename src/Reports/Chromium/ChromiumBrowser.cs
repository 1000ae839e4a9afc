using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using Sermo.Reports.Outbox;
using Sermo.Reports.Rendering;

namespace Sermo.Reports.Chromium;

/// <summary>
/// One headless Debian Chromium per process, driven by Playwright, started on first use and shared by the PDF and PNG
/// renderers (a launch costs about a second; a page a few tens of milliseconds). Playwright never downloads a browser
/// here: it is pointed at the installed executable. Pages get no network: every request is aborted. A browser that
/// crashed or was killed is replaced by a new one on the next use.
/// </summary>
public sealed class ChromiumBrowser(IOptions<ReportOptions> options, ILogger<ChromiumBrowser> logger) : IAsyncDisposable
{
    public const string InstallHint = "PDF and PNG reports need headless Chromium: install it with `apt-get install -y chromium` (Debian), or set Reports:ChromiumPath to its executable.";

    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run",
    ];

    private readonly SemaphoreSlim _gate = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public bool IsInstalled => File.Exists(options.Value.ChromiumPath);

    /// <summary>Loads <paramref name="html"/> into a fresh offline page and hands it to <paramref name="use"/>.</summary>
    public async Task<T> WithPageAsync<T>(string html, int viewportWidth, Func<IPage, Task<T>> use, CancellationToken cancellationToken)
    {
        var browser = await BrowserAsync(cancellationToken);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = false,
            Offline = true,
            ViewportSize = new ViewportSize { Width = viewportWidth, Height = 900 },
            DeviceScaleFactor = 2,
        });
        var page = await context.NewPageAsync();
        await page.RouteAsync("**/*", route => route.AbortAsync());
        await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
        cancellationToken.ThrowIfCancellationRequested();
        return await use(page);
    }

    private async Task<IBrowser> BrowserAsync(CancellationToken cancellationToken)
    {
        if (_browser is { IsConnected: true })
        {
            return _browser;
        }

        if (!IsInstalled)
        {
            throw new RendererUnavailableException($"{InstallHint} Not found: {options.Value.ChromiumPath}.");
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_browser is { IsConnected: true })
            {
                return _browser;
            }

            if (_browser is not null)
            {
                // Crashed or killed: a scheduled run must not fail for good because one browser died.
                logger.LogWarning("Headless Chromium is gone; starting a new one");
                await _browser.DisposeAsync();
            }

            _playwright ??= await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = options.Value.ChromiumPath,
                Headless = true,
                Args = Arguments,
            });
            logger.LogInformation("Started headless Chromium {Version} from {Path}", _browser.Version, options.Value.ChromiumPath);
            return _browser;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        _gate.Dispose();
    }
}
