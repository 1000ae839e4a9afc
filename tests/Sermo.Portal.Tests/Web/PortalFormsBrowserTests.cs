using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Sermo.Portal.Access;
using Sermo.Portal.Operations;
using Sermo.Storage.Ingestion;

namespace Sermo.Portal.Tests.Web;

/// <summary>The pages' forms clicked in Debian's Chromium: the data team rolls a model back, an operator replays dead letters (screenshots to look at).</summary>
public sealed class PortalFormsBrowserTests : IAsyncLifetime
{
    public static readonly string ModelsScreenshot = Path.Combine(Path.GetTempPath(), "sermo-portal-models.png");
    public static readonly string ReplayScreenshot = Path.Combine(Path.GetTempPath(), "sermo-portal-replay.png");

    private readonly RecordingReplayer _replayer = new();
    private PortalHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await PortalHost.StartAsync(services: s => s.AddSingleton<IDeadLetterReplayer>(_replayer));
        await _host.AccountAsync(PortalRoles.DataTeam, email: "data@sermo.test");
        await _host.AccountAsync(PortalRoles.Operator, email: "ops@sermo.test");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task DataTeam_ClicksRollBack_PreviousVersionPromoted()
    {
        await ModelsPageTests.TwoVersionsAsync(_host.ModelsFolder, promoted: "v0002");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await PortalChromium.LaunchAsync(playwright);
        var page = await PortalChromium.OpenPageAsync(browser, 1100, 700);
        await PortalChromium.SignInAtAsync(page, _host.Address, "/portal/models", "data@sermo.test");

        await page.ClickAsync("#rollback-sentiment button");

        (await page.Locator("#models-notice").InnerTextAsync()).Should().Be("rolled back to v0001 (sentiment)");
        (await page.Locator("#models-sentiment tr:has-text('v0001')").InnerTextAsync()).Should().Contain("promoted");
        (await page.Locator("#promote-sentiment-v0002").CountAsync()).Should().Be(1);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ModelsScreenshot, FullPage = true });
    }

    [Fact]
    public async Task Operator_ClicksReplayAfterFix_RowsOfThatReasonReplayed()
    {
        await _host.Service<IIngestStore>().CommitAsync(new IngestBatch("drop:posts.jsonl", "17", [], [], [],
        [
            new DeadLetter("drop:posts.jsonl", "3", "text-too-large", "line 3", null),
            new DeadLetter("drop:posts.jsonl", "9", "text-too-large", "line 9", null),
            new DeadLetter("drop:posts.jsonl", "12", "malformed-json", "line 12", null),
        ]), CancellationToken.None);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await PortalChromium.LaunchAsync(playwright);
        var page = await PortalChromium.OpenPageAsync(browser, 1100, 700);
        await PortalChromium.SignInAtAsync(page, _host.Address, "/portal/operator", "ops@sermo.test");

        await page.ClickAsync("#dead-letters tr:has-text('text-too-large') button");

        (await page.Locator("#replay-result").InnerTextAsync()).Should().Contain("replayed 2 of 2 rows");
        _replayer.Replayed.Should().ContainSingle().Which.Select(r => r.Position).Should().Equal("3", "9");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ReplayScreenshot, FullPage = true });
    }
}
