using Microsoft.Playwright;
using Sermo.Analytics.Posts;
using Sermo.Analytics.Tagging;
using Sermo.Analytics.Watchlists;
using Sermo.Portal.Access;
using Sermo.Portal.Alerts;
using Sermo.Storage.Clients;
using Sermo.Storage.Emerging;
using Sermo.Storage.Ingestion;

namespace Sermo.Portal.Tests.Web;

/// <summary>
/// The analysts' console and a client's alerts page walked in Debian's Chromium: a malformed query answered at its
/// position, a good one with highlights, histogram and facets, saved to a client's watchlist; an alert rule created,
/// listed and removed (screenshots to look at).
/// </summary>
public sealed class PortalWalksBrowserTests : IAsyncLifetime
{
    public static readonly string AnalystScreenshot = Path.Combine(Path.GetTempPath(), "sermo-portal-analyst.png");
    public static readonly string AnalystErrorScreenshot = Path.Combine(Path.GetTempPath(), "sermo-portal-analyst-error.png");
    public static readonly string AlertsScreenshot = Path.Combine(Path.GetTempPath(), "sermo-portal-alerts.png");

    private static readonly DateTimeOffset Monday = new(2026, 3, 9, 9, 0, 0, TimeSpan.Zero);

    private PortalHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await PortalHost.StartAsync();
        var clients = _host.Service<IClientRegistry>();
        foreach (var id in new[] { "acme", "beta" })
        {
            await clients.UpsertAsync(new ClientRecord(id, id + " Pharma", "pharma", 5,
                new Watchlist(id, id + " Pharma", "pharma", [new WatchlistTerm("Eliquis", ["eliquis", "apixaban"])]), "[]"), CancellationToken.None);
        }

        // Twelve physicians over two weeks in two specialties: every bucket and facet value above k.
        var posts = Enumerable.Range(1, 12)
            .Select(i => new TaggedPost($"forum:p{i}", "forum", $"author-{i}", Monday.AddDays(i), i % 2 == 0 ? "cardiology" : "hematology", "TX",
                $"Switched a patient from warfarin to eliquis, note {i}.", 0, [], [], Sentiment.Neutral, 0))
            .ToArray();
        await _host.Service<IIngestStore>().CommitAsync(new IngestBatch("test", null, posts, [], [], []), CancellationToken.None);
        await _host.AccountAsync(PortalRoles.Analyst, email: "ana@sermo.test");
        await _host.AccountAsync(PortalRoles.Client, "acme", email: "ana@acme.test");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Analyst_MalformedThenGoodQueryThenSavesIt_ErrorAtPositionHitsAndTheTermOnThatClientOnly()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await PortalChromium.LaunchAsync(playwright);
        var page = await PortalChromium.OpenPageAsync(browser, 1100, 700);
        await PortalChromium.SignInAtAsync(page, _host.Address, "/portal/analyst", "ana@sermo.test");

        await page.FillAsync("input[name=q]", "eliquis AND (");
        await page.ClickAsync("form.query button[type=submit]");
        (await page.Locator("#query-error").InnerTextAsync()).Should().StartWith("At position 14:");
        (await page.Locator("#query-at").InnerTextAsync()).Should().Be("eliquis AND (\n             ^", "the caret sits under where the parser stopped");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = AnalystErrorScreenshot, FullPage = true });

        await page.FillAsync("input[name=q]", "warfarin");
        await page.FillAsync("form.query input[name=from]", "2000-01-01");
        await page.SelectOptionAsync("form.query select[name=interval]", "Month");
        await page.ClickAsync("form.query button[type=submit]");
        (await page.Locator("#total").InnerTextAsync()).Should().Be("12 posts");
        (await page.Locator("#hits li mark").CountAsync()).Should().Be(12);
        var buckets = await page.Locator("#histogram .hbar").CountAsync();
        buckets.Should().BePositive();
        (await page.Locator("#facet-specialty").InnerTextAsync()).Should().Contain("cardiology").And.Contain("hematology");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = AnalystScreenshot, FullPage = true });

        await page.SelectOptionAsync("#save-term select[name=client]", "beta");
        await page.FillAsync("#save-term input[name=label]", "Warfarin switches");
        await page.ClickAsync("#save-term button");

        (await page.Locator("#watch-notice").InnerTextAsync()).Should().StartWith("added 'warfarin' to beta's watchlist as 'Warfarin switches' (audit #");
        (await page.InputValueAsync("form.query input[name=from]")).Should().Be("2000-01-01", "the save re-runs the search the analyst set up");
        (await page.InputValueAsync("form.query select[name=interval]")).Should().Be("Month");
        (await page.Locator("#histogram .hbar").CountAsync()).Should().Be(buckets);
        (await _host.Service<IWatchlistPromotions>().ListAsync(null, 10, CancellationToken.None)).Should().ContainSingle()
            .Which.Should().BeEquivalentTo(new { ClientId = "beta", Term = "warfarin", Label = "Warfarin switches", Analyst = "portal:ana@sermo.test", Outcome = WatchlistPromotions.Added });
        var watchlists = _host.Service<IClientRegistry>();
        (await watchlists.GetAsync("beta", CancellationToken.None))!.Watchlist.Terms.Select(t => t.Label).Should().Equal("Eliquis", "Warfarin switches");
        (await watchlists.GetAsync("acme", CancellationToken.None))!.Watchlist.Terms.Select(t => t.Label).Should().Equal("Eliquis");
    }

    [Fact]
    public async Task Client_CreatesListsAndRemovesAnAlertRule_OnlyItsOwnTermsOffered()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await PortalChromium.LaunchAsync(playwright);
        var page = await PortalChromium.OpenPageAsync(browser, 1100, 800);
        await PortalChromium.SignInAtAsync(page, _host.Address, "/portal/clients/acme/alerts", "ana@acme.test");
        (await page.Locator("#no-rules").CountAsync()).Should().Be(1);

        await page.SelectOptionAsync("#add-rule select[name=term]", "Eliquis");
        await page.SelectOptionAsync("#add-rule select[name=kind]", AlertKinds.Spike);
        await page.FillAsync("#add-rule input[name=threshold]", "3.5");
        await page.ClickAsync("#add-rule button");
        await page.FillAsync("#email input[name=email]", "alerts@acme.test");
        await page.ClickAsync("#email button");

        (await page.Locator("#rules tbody tr").AllInnerTextsAsync()).Should().ContainSingle()
            .Which.Should().Contain("Eliquis").And.Contain(AlertKinds.Spike).And.Contain("3.5");
        (await page.Locator("#email input[name=email]").InputValueAsync()).Should().Be("alerts@acme.test");
        (await _host.Service<AlertSubscriptions>().ListRulesAsync("acme", CancellationToken.None)).Should().ContainSingle();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = AlertsScreenshot, FullPage = true });

        await page.ClickAsync("#rules tr:has-text('Eliquis') button");

        await page.Locator("#no-rules").WaitForAsync();
        (await _host.Service<AlertSubscriptions>().ListRulesAsync("acme", CancellationToken.None)).Should().BeEmpty();
    }
}
