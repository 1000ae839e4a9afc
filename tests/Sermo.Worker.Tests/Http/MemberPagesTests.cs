using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Sermo.Analytics.Watchlists;
using Sermo.Storage.Clients;

namespace Sermo.Worker.Tests.Http;

/// <summary>Privacy rule 4, members' side, in a real browser (Debian chromium through Playwright) against real Kestrel.</summary>
// The served web app logs warnings to the console, which CLI tests capture: never run beside them.
[Collection("Console")]
public sealed class MemberPagesTests : IAsyncLifetime
{
    private ServedDataFolder _served = null!;

    public async Task InitializeAsync()
    {
        _served = await ServedDataFolder.StartAsync();
        var clients = _served.Services.GetRequiredService<IClientRegistry>();
        await clients.UpsertAsync(Client("acme", "Acme Pharma", "pharma", "Eliquis", "Xarelto"), CancellationToken.None);
        await clients.UpsertAsync(Client("bluefin", "Bluefin Capital", "finance", "xarelto", "Ozempic <GLP-1>"), CancellationToken.None);
    }

    public async Task DisposeAsync() => await _served.DisposeAsync();

    [Fact]
    public async Task WatchedTopicsPage_InBrowser_ListsTheUnionOfTopicsAndNoClient()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox"],
        });
        var page = await browser.NewPageAsync();

        var response = await page.GotoAsync(new Uri(_served.Address, "/members/watched-topics").ToString());

        response!.Ok.Should().BeTrue();
        (await page.Locator("#topics li").AllInnerTextsAsync()).Should().Equal("Eliquis", "Ozempic <GLP-1>", "Xarelto");
        var text = await page.Locator("body").InnerTextAsync();
        text.Should().NotContainAny("Acme", "acme", "Bluefin", "bluefin", "pharma", "finance");
    }

    [Fact]
    public async Task WatchedTopicsApi_ReturnsTheSameSortedUnion()
    {
        var body = await _served.Http.GetFromJsonAsync<TopicsBody>("/api/members/watched-topics");

        body!.Topics.Should().Equal("Eliquis", "Ozempic <GLP-1>", "Xarelto");
    }

    [Fact]
    public async Task WatchedTopicsPage_Served_DescribesNoisyCountsNotAFivePhysicianGuarantee()
    {
        // A shown cell can come from fewer than five physicians (its noisy count reached k; bench/privacy counts them),
        // so the page must promise the noisy threshold, not "at least five physicians contributed".
        var html = await _served.Http.GetStringAsync("/members/watched-topics");

        html.Should().Contain("blurred").And.Contain("noisy number of physicians reaches at least five");
        html.Should().NotContain("shown only where at");
    }

    private static ClientRecord Client(string id, string name, string kind, params string[] terms) =>
        new(id, name, kind, 5, new Watchlist(id, name, kind, terms.Select(t => new WatchlistTerm(t, [t.ToLowerInvariant()])).ToList()), "[]");

    private sealed record TopicsBody(List<string> Topics);
}
