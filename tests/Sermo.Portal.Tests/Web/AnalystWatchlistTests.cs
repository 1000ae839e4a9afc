using System.Net;
using Sermo.Analytics.Watchlists;
using Sermo.Portal.Access;
using Sermo.Storage.Clients;
using Sermo.Storage.Emerging;

namespace Sermo.Portal.Tests.Web;

/// <summary>"Save as a client's watchlist term" from the analysts' console, as form posts: what it adds, to whom, what it refuses.</summary>
public sealed class AnalystWatchlistTests : IAsyncLifetime
{
    private PortalHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await PortalHost.StartAsync();
        foreach (var id in new[] { "acme", "beta" })
        {
            await _host.Service<IClientRegistry>().UpsertAsync(new ClientRecord(id, id + " Pharma", "pharma", 5,
                new Watchlist(id, id + " Pharma", "pharma", [new WatchlistTerm("Eliquis", ["eliquis"])]), "[]"), CancellationToken.None);
        }

        await _host.AccountAsync(PortalRoles.Analyst, email: "ana@sermo.test");
        await _host.AccountAsync(PortalRoles.Client, "acme", email: "ana@acme.test");
        await _host.AccountAsync(PortalRoles.Client, "beta", email: "bob@beta.test");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task SaveTerm_QuotedPhraseToBeta_OnBetasAlertTermsNotOnAcmes()
    {
        using var analyst = await _host.SignedInBrowserAsync("ana@sermo.test");

        var response = await SaveAsync(analyst, "\"prior authorization\"", "beta", "Prior auth");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("added &#x27;prior authorization&#x27; to beta&#x27;s watchlist");
        using var beta = await _host.SignedInBrowserAsync("bob@beta.test");
        using var acme = await _host.SignedInBrowserAsync("ana@acme.test");
        (await beta.GetStringAsync("/portal/clients/beta/alerts")).Should().Contain("<option>Prior auth</option>");
        (await acme.GetStringAsync("/portal/clients/acme/alerts")).Should().NotContain("Prior auth").And.NotContain("prior authorization");
        (await acme.GetStringAsync("/portal/clients/acme")).Should().NotContain("Prior auth");
    }

    [Theory]
    [InlineData("eliquis OR apixaban", "beta")]
    [InlineData("brand:eliquis", "beta")]
    [InlineData("metfor*", "beta")]
    [InlineData("eliquis", "nobody")]
    public async Task SaveTerm_NotAWordOrPhraseOrUnknownClient_400AndNothingChanged(string query, string client)
    {
        using var analyst = await _host.SignedInBrowserAsync("ana@sermo.test");

        var response = await SaveAsync(analyst, query, client, "x");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("id=\"query-error\"");
        (await _host.Service<IWatchlistPromotions>().ListAsync(null, 10, CancellationToken.None)).Should().BeEmpty();
        (await _host.Service<IClientRegistry>().GetAsync("beta", CancellationToken.None))!.Watchlist.Terms.Should().ContainSingle();
    }

    [Fact]
    public async Task SaveTerm_ClientAccount_ForbiddenAndNothingChanged()
    {
        using var acme = await _host.SignedInBrowserAsync("ana@acme.test");
        var token = PortalHost.AntiforgeryToken(await acme.GetStringAsync("/portal/clients/acme/alerts"));

        var response = await acme.PostAsync("/portal/analyst?handler=Watch", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["q"] = "warfarin", ["client"] = "beta", ["label"] = "peek", ["__RequestVerificationToken"] = token,
        }));

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await _host.Service<IWatchlistPromotions>().ListAsync(null, 10, CancellationToken.None)).Should().BeEmpty();
    }

    private static async Task<HttpResponseMessage> SaveAsync(HttpClient analyst, string query, string client, string label)
    {
        var token = PortalHost.AntiforgeryToken(await analyst.GetStringAsync("/portal/analyst"));
        return await analyst.PostAsync("/portal/analyst?handler=Watch", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["q"] = query, ["client"] = client, ["label"] = label, ["__RequestVerificationToken"] = token,
        }));
    }
}
