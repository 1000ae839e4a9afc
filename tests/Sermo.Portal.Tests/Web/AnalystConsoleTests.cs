using System.Net;
using Sermo.Analytics.Posts;
using Sermo.Analytics.Tagging;
using Sermo.Portal.Access;
using Sermo.Storage.Ingestion;
using Sermo.Storage.Portal;
using Sermo.Storage.Search;

namespace Sermo.Portal.Tests.Web;

/// <summary>The analysts' query console over the real SQLite index.</summary>
public sealed class AnalystConsoleTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 9, 9, 0, 0, TimeSpan.Zero);

    private PortalHost _host = null!;
    private PortalAccount _analyst = null!;

    public async Task InitializeAsync()
    {
        _host = await PortalHost.StartAsync();
        var posts = Enumerable.Range(1, 6)
            .Select(i => new TaggedPost($"forum:p{i}", "forum", $"author-{i}", Monday.AddHours(i), "cardiology", "TX",
                $"Switched a patient from warfarin to eliquis, note {i}.", 0, [], [], Sentiment.Neutral, 0))
            .Append(new TaggedPost("forum:other", "forum", "author-9", Monday, "oncology", "NY", "Nothing about anticoagulants here.", 0, [], [], Sentiment.Neutral, 0))
            .ToArray();
        await _host.Service<IIngestStore>().CommitAsync(new IngestBatch("test", null, posts, [], [], []), CancellationToken.None);
        _analyst = await _host.AccountAsync(PortalRoles.Analyst, email: "ana@sermo.test");
        await _host.AccountAsync(PortalRoles.Client, "acme", email: "acme@clients.test");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Console_AnalystQuery_HitsWithMarkedExcerptsAndTheHistogram()
    {
        using var browser = _host.Browser();
        await PortalHost.SignInAsync(browser, "ana@sermo.test", PortalHost.Password);

        var page = await browser.GetStringAsync("/portal/analyst?q=eliquis&interval=Week");

        page.Should().Contain("<h2 id=\"total\">6 posts</h2>").And.Contain("<mark>eliquis</mark>").And.Contain("2026-03-09")
            .And.NotContain("anticoagulants").And.NotContain("author-");
    }

    [Fact]
    public async Task Console_MalformedQuery_SaysWhere()
    {
        using var browser = _host.Browser();
        await PortalHost.SignInAsync(browser, "ana@sermo.test", PortalHost.Password);

        var page = await browser.GetStringAsync("/portal/analyst?q=" + Uri.EscapeDataString("eliquis AND ("));

        page.Should().Contain("id=\"query-error\"").And.Contain("At position");
    }

    [Fact]
    public async Task Console_QueryMatchingOneAuthor_RefusedWithNothingShownAndAuditedWithTheAccount()
    {
        using var browser = _host.Browser();
        await PortalHost.SignInAsync(browser, "ana@sermo.test", PortalHost.Password);

        var page = await browser.GetStringAsync("/portal/analyst?q=anticoagulants");

        page.Should().Contain("id=\"query-refused\"").And.Contain("fewer than k").And.NotContain("Nothing about").And.NotContain("id=\"total\"");
        var audit = await _host.Service<ISearchRefusals>().ListAsync(10, CancellationToken.None);
        audit.Select(r => (r.AskedBy, r.Query)).Should().Equal(($"portal:{_analyst.AccountId}", "anticoagulants"));
    }

    [Fact]
    public async Task Console_ClientAccount_Forbidden()
    {
        using var browser = _host.Browser();
        await PortalHost.SignInAsync(browser, "acme@clients.test", PortalHost.Password);

        var response = await browser.GetAsync("/portal/analyst?q=eliquis");

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync()).Should().NotContain("eliquis");
    }
}
