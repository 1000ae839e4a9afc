using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using Sermo.Reports.Outbox;
using Sermo.Reports.Rendering;

namespace Sermo.Reports.Chromium;

/// <summary>
/// One headless Debian Chromium per process, driven by Playwright, started on first use and shared by the PDF prints (a launch costs about a second; a page a few tens of milliseconds). Playwright never downloads a browser
/// here: it is pointed at the installed executable. Pages get no network: every request is aborted. A browser that
/// crashed or was killed is replaced by a new one on the next use.
/// </summary>
public sealed class ChromiumBrowser(IOptions<ReportOptions> options, ILogger<ChromiumBrowser> logger) : IAsyncDisposable
{
    public const string InstallHint = "PDF reports need headless Chromium: install it with `apt-get install -y chromium` (Debian), or set Reports:ChromiumPath to its executable.";

    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run",
    ];

    private readonly SemaphoreSlim _gate = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private Task<FreshPage>? _spare;
    private bool _disposed;

    public bool IsInstalled => File.Exists(options.Value.ChromiumPath);

    /// <summary>
    /// Loads <paramref name="html"/> into a fresh offline page (its own browser context, never used before) and hands it
    /// to <paramref name="use"/>. Making a page costs a few hundred milliseconds on a busy machine, so the next one is made
    /// ahead, right after this one is closed; every print still gets a page of its own.
    /// </summary>
    public async Task<T> WithPageAsync<T>(string html, int viewportWidth, Func<IPage, Task<T>> use, CancellationToken cancellationToken)
    {
        var fresh = await TakeSpareAsync(viewportWidth) ?? await NewPageAsync(viewportWidth, cancellationToken);
        try
        {
            await fresh.Page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
            cancellationToken.ThrowIfCancellationRequested();
            return await use(fresh.Page);
        }
        finally
        {
            await fresh.Context.DisposeAsync();
            PrepareSpare(viewportWidth);
        }
    }

    private async Task<FreshPage> NewPageAsync(int viewportWidth, CancellationToken cancellationToken)
    {
        var browser = await BrowserAsync(cancellationToken);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = false,
            Offline = true,
            ViewportSize = new ViewportSize { Width = viewportWidth, Height = 900 },
            DeviceScaleFactor = 2,
        });
        var page = await context.NewPageAsync();
        await page.RouteAsync("**/*", route => route.AbortAsync());
        return new FreshPage(context, page, viewportWidth);
    }

    /// <summary>The page made ahead, if it suits and its browser still runs; otherwise null and it is thrown away.</summary>
    private async Task<FreshPage?> TakeSpareAsync(int viewportWidth)
    {
        var spare = Interlocked.Exchange(ref _spare, null);
        if (spare is null)
        {
            return null;
        }

        try
        {
            var fresh = await spare;
            if (fresh.ViewportWidth == viewportWidth && !fresh.Page.IsClosed && _browser is { IsConnected: true })
            {
                return fresh;
            }

            await fresh.Context.DisposeAsync();
        }
        catch (PlaywrightException ex)
        {
            // Made by a browser that has died since; the caller makes a page on a new one.
            logger.LogDebug(ex, "Spare Chromium page unusable");
        }

        return null;
    }

    private void PrepareSpare(int viewportWidth)
    {
        if (_disposed || _browser is not { IsConnected: true } || Volatile.Read(ref _spare) is not null)
        {
            return;
        }

        var next = NewPageAsync(viewportWidth, CancellationToken.None);
        // A spare nobody takes (the process ends first) must not surface as an unobserved task exception.
        _ = next.ContinueWith(t => logger.LogDebug(t.Exception, "Could not make a spare Chromium page"), CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        if (Interlocked.CompareExchange(ref _spare, next, null) is not null)
        {
            _ = DiscardAsync(next);
        }
    }

    private static async Task DiscardAsync(Task<FreshPage> page)
    {
        if (await page.ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : null, TaskScheduler.Default) is { } fresh)
        {
            await fresh.Context.DisposeAsync();
        }
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
        _disposed = true;
        if (Interlocked.Exchange(ref _spare, null) is { } spare)
        {
            await DiscardAsync(spare);
        }

        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        _gate.Dispose();
    }

    private sealed record FreshPage(IBrowserContext Context, IPage Page, int ViewportWidth);
}
