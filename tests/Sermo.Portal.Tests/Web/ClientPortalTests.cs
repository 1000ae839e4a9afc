using System.Net;
using System.Text.RegularExpressions;
using Sermo.Analytics.Posts;
using Sermo.Analytics.Tagging;
using Sermo.Analytics.Watchlists;
using Sermo.Portal.Access;
using Sermo.Storage.Clients;
using Sermo.Storage.Cube;
using Sermo.Storage.Ingestion;
using Sermo.Storage.Portal;
using Sermo.Storage.ReportRuns;

namespace Sermo.Portal.Tests.Web;

/// <summary>
/// A client's page over a real cube: the released heat map with every value on hover, excerpts behind a busy cell and
/// none behind a small one, the read on the client read audit, and another client turned away.
/// </summary>
public sealed partial class ClientPortalTests : IAsyncLifetime
{
    public static readonly string Screenshot = Path.Combine(Path.GetTempPath(), "sermo-portal-client.png");

    private static readonly DateTimeOffset Busy = new(2026, 3, 9, 9, 0, 0, TimeSpan.Zero);

    private PortalHost _host = null!;

    private PortalAccount _ana = null!;

    public async Task InitializeAsync()
    {
        _host = await PortalHost.StartAsync();
        var clients = _host.Service<IClientRegistry>();
        foreach (var id in new[] { "acme", "beta" })
        {
            await clients.UpsertAsync(new ClientRecord(id, id + " Pharma", "pharma", 5,
                new Watchlist(id, id + " Pharma", "pharma", [new WatchlistTerm("Eliquis", ["eliquis", "apixaban"])]), "[]"), CancellationToken.None);
        }

        // Forty physicians in one week (a cell far above 2k), two the week after (a cell under k), and twenty-five the
        // week after that: the smaller shown cell the complementary suppression hides so the quiet week cannot be
        // recovered from the row total.
        var posts = Enumerable.Range(1, 40)
            .Select(i => Post($"forum:busy{i}", $"author-{i}", Busy.AddHours(i), $"Eliquis dosing question {i} from clinic."))
            .Concat(Enumerable.Range(1, 2).Select(i => Post($"forum:quiet{i}", $"author-q{i}", Busy.AddDays(7 + i), $"Eliquis quiet week note {i}.")))
            .Concat(Enumerable.Range(1, 25).Select(i => Post($"forum:later{i}", $"author-l{i}", Busy.AddDays(14).AddHours(i), $"Eliquis later week note {i}.")))
            .ToArray();
        await _host.Service<IIngestStore>().CommitAsync(new IngestBatch("test", null, posts, [], [], []), CancellationToken.None);
        await _host.Service<IHeatMapCube>().RollupAsync(CancellationToken.None);
        _ana = await _host.AccountAsync(PortalRoles.Client, "acme", email: "ana@acme.test");
        await _host.AccountAsync(PortalRoles.Client, "beta", email: "bob@beta.test");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ClientPage_OwnHeatMap_ShownCellsHoverValuesSmallCellHiddenAndReadAudited()
    {
        using var browser = await _host.SignedInBrowserAsync("ana@acme.test");

        var page = await browser.GetStringAsync("/portal/clients/acme?interval=week");

        page.Should().Contain("id=\"heatmap\"").And.Contain("<th>Eliquis</th>");
        HoverOfBusyWeek().Match(WebUtility.HtmlDecode(page)).Success.Should().BeTrue("the busy week's cell is shown with every value on hover");
        page.Should().Contain("title=\"not shown (fewer than 5 distinct authors, or hidden to protect one)\"", "the quiet week is under k");
        page.Should().NotContain("quiet week note").And.NotContain("author-");
        (await _host.Service<IClientReadAudit>().ListAsync("acme", 10, CancellationToken.None))
            .Should().ContainEquivalentOf(new { ClientId = "acme", Resource = "portal/heatmap/week", Outcome = "served" });
    }

    [Fact]
    public async Task ClientPage_ClickBusyCell_ExcerptsDatedByTheCellClickQuietCell_None()
    {
        using var browser = await _host.SignedInBrowserAsync("ana@acme.test");

        var busy = await browser.GetStringAsync("/portal/clients/acme?interval=week&term=0&bucket=2026-03-09");
        var quiet = await browser.GetStringAsync("/portal/clients/acme?interval=week&term=0&bucket=2026-03-16");

        Regex.Matches(busy, "Eliquis dosing question \\d+ from clinic").Count.Should().Be(3);
        quiet.Should().Contain("nothing of it is shown").And.NotContain("quiet week note");
    }

    [Fact]
    public async Task ClientPage_AnotherClientsId_ForbiddenAuditedAndNothingOfItSent()
    {
        using var browser = await _host.SignedInBrowserAsync("bob@beta.test");

        var response = await browser.GetAsync("/portal/clients/acme?interval=week&term=0&bucket=2026-03-09");

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync()).Should().NotContain("Eliquis").And.NotContain("acme Pharma");
        (await _host.Service<AccessRefusals>().ListAsync(1, CancellationToken.None)).Single()
            .Should().BeEquivalentTo(new { Reason = AccessRefusals.OtherClient, Path = "/portal/clients/acme?interval=week&term=0&bucket=2026-03-09" });
    }

    [Fact]
    public async Task ClientPage_ApiKeyAndSession_SameContentOnlyTheSessionGetsSignOutFormAndAntiforgeryToken()
    {
        using var browser = await _host.SignedInBrowserAsync("ana@acme.test");
        var key = (await _host.Service<PortalApiKeys>().IssueAsync(_ana.AccountId, "page", null, CancellationToken.None)).Key;
        const string path = "/portal/clients/acme?interval=week&term=0&bucket=2026-03-09";

        var session = await browser.GetStringAsync(path);
        using var first = await _host.GetAsync(path, key);
        using var kept = await _host.GetAsync(path, key);
        var byKey = await first.Content.ReadAsStringAsync();

        MainOf().Match(byKey).Value.Should().NotBeEmpty().And.Be(MainOf().Match(session).Value, "the heat map, excerpts, reports and watchlist do not depend on the credential");
        (await kept.Content.ReadAsStringAsync()).Should().Be(byKey, "a view of the kept map renders the same page");
        Regex.Matches(byKey, "Eliquis dosing question \\d+ from clinic").Count.Should().Be(3);
        byKey.Should().NotContain("/portal/signout").And.NotContain("__RequestVerificationToken");
        first.Headers.Contains("Set-Cookie").Should().BeFalse("no antiforgery cookie for a key");
        session.Should().Contain("action=\"/portal/signout\"").And.Contain("__RequestVerificationToken");
    }

    [Fact]
    public async Task ClientPage_InBrowser_HoverShowsValuesClickShowsExcerpts()
    {
        using var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        await using var chromium = await PortalChromium.LaunchAsync(playwright);
        var page = await PortalChromium.OpenPageAsync(chromium, 1200, 800);
        await page.GotoAsync(new Uri(_host.Address, "/portal/clients/acme?interval=week").ToString());
        await page.FillAsync("input[name=Email]", "ana@acme.test");
        await page.FillAsync("input[name=Password]", PortalHost.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/portal/clients/acme?interval=week");

        var busy = page.Locator("td.cell[data-mentions]").First;
        (await busy.GetAttributeAsync("title")).Should().Contain("mentions").And.Contain("distinct authors").And.Contain("share of voice");
        await busy.HoverAsync();
        await busy.Locator("a").ClickAsync();
        await page.Locator("#excerpts li").First.WaitForAsync();

        (await page.Locator("#excerpts li").CountAsync()).Should().Be(3);
        await page.ScreenshotAsync(new Microsoft.Playwright.PageScreenshotOptions { Path = Screenshot, FullPage = true });
    }

    private static TaggedPost Post(string id, string author, DateTimeOffset at, string text) =>
        new(id, "forum", author, at, "cardiology", "TX", text, 0, [], [], Sentiment.Neutral, 0);

    [GeneratedRegex("<main>.*</main>", RegexOptions.Singleline)]
    private static partial Regex MainOf();

    [GeneratedRegex("title=\"Eliquis, [^\"]+: mentions \\d+ · distinct authors \\d+ · per 1,000 active [^\"]+ · share of voice [^\"]+ · net sentiment [^\"]+ · spike [^\"]+\"")]
    private static partial Regex HoverOfBusyWeek();
}
