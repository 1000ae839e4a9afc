using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Sermo.Analytics.Watchlists;
using Sermo.Storage.Clients;
using Sermo.Worker.Http;
using Sermo.Worker.Tests.Cli;

namespace Sermo.Worker.Tests.Http;

/// <summary>
/// Privacy rule 4, members' side, in a real browser (Debian chromium through Playwright) against real Kestrel: verified
/// members read the union of watched topics; nobody else does, since a client could take its own labels away from the
/// union and read the other clients' watchlists.
/// </summary>
// The served web app logs warnings to the console, which CLI tests capture: never run beside them.
[Collection("Console")]
public sealed class MemberPagesTests : IAsyncLifetime
{
    private ServedDataFolder _served = null!;
    private ForumBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        _served = await ServedDataFolder.StartAsync();
        _browser = await ForumBrowser.LaunchAsync(_served.Address);
        var clients = _served.Services.GetRequiredService<IClientRegistry>();
        await clients.UpsertAsync(Client("acme", "Acme Pharma", "pharma", "Eliquis", "Xarelto"), CancellationToken.None);
        await clients.UpsertAsync(Client("bluefin", "Bluefin Capital", "finance", "xarelto", "Ozempic <GLP-1>"), CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        await _served.DisposeAsync();
    }

    [Fact]
    public async Task WatchedTopicsPage_VerifiedMemberInBrowser_ListsTheUnionOfTopicsAndNoClient()
    {
        var member = await VerifiedMemberAsync();

        var response = await member.GotoAsync(MemberEndpoints.PagePath);

        response!.Ok.Should().BeTrue();
        (await member.Locator("#topics li").AllInnerTextsAsync()).Should().Equal("Eliquis", "Ozempic <GLP-1>", "Xarelto");
        var text = await member.Locator("body").InnerTextAsync();
        text.Should().NotContainAny("Acme", "acme", "Bluefin", "bluefin", "pharma", "finance");
        // A shown cell can come from fewer than five physicians (its noisy count reached k; bench/privacy counts them),
        // so the page must promise the noisy threshold, not "at least five physicians contributed".
        text.Should().Contain("blurred").And.Contain("noisy number of physicians reaches at least five");
    }

    [Fact]
    public async Task WatchedTopicsJson_VerifiedMember_ReturnsTheSameSortedUnion()
    {
        var member = await VerifiedMemberAsync();

        var response = await member.Context.APIRequest.GetAsync(MemberEndpoints.JsonPath);

        response.Status.Should().Be(200);
        var topics = (await response.JsonAsync())!.Value.GetProperty("topics").EnumerateArray().Select(t => t.GetString()).ToList();
        topics.Should().Equal("Eliquis", "Ozempic <GLP-1>", "Xarelto");
    }

    [Theory]
    [InlineData(MemberEndpoints.PagePath)]
    [InlineData(MemberEndpoints.JsonPath)]
    [InlineData("/members/watched-topics")]
    [InlineData("/api/members/watched-topics")]
    public async Task WatchedTopics_NotSignedIn_NoTopicReadable(string path)
    {
        // A client (or anyone) without a forum session: sent to the forum's sign-in, or 404 on the paths the list left.
        var response = await _served.Http.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        body.Should().NotContainAny("Eliquis", "Xarelto", "Ozempic");
        response.StatusCode.Should().BeOneOf(HttpStatusCode.Redirect, HttpStatusCode.NotFound, HttpStatusCode.Unauthorized);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            response.Headers.Location!.ToString().Should().Contain("/forum/signin");
        }
    }

    [Fact]
    public async Task WatchedTopicsPage_MemberAwaitingVerification_NoTopicReadable()
    {
        var pending = await _browser.NewMemberAsync();
        await ForumBrowser.RegisterAsync(pending, ForumBrowserTests.Npi(42), "pending@example.org", "QuietNights");

        await pending.GotoAsync(MemberEndpoints.PagePath);

        (await pending.ContentAsync()).Should().NotContainAny("Eliquis", "Xarelto", "Ozempic");
    }

    /// <summary>A registered member made admin by the CLI, which also verifies the account: the forum's first admin.</summary>
    private async Task<IPage> VerifiedMemberAsync()
    {
        var member = await _browser.NewMemberAsync();
        await ForumBrowser.RegisterAsync(member, ForumBrowserTests.Npi(41), "member@example.org", "SteadyRounds");
        var granted = await CliRun.RunAsync("forum", "role", "--email", "member@example.org", "--role", "admin", "--data", _served.Folder);
        granted.Exit.Should().Be(0, granted.Error);
        return member;
    }

    private static ClientRecord Client(string id, string name, string kind, params string[] terms) =>
        new(id, name, kind, 5, new Watchlist(id, name, kind, terms.Select(t => new WatchlistTerm(t, [t.ToLowerInvariant()])).ToList()), "[]");
}
