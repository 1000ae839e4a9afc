using System.Net;
using System.Text.RegularExpressions;
using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Watchlists;
using Sermo.Portal.Access;
using Sermo.Portal.Clients;
using Sermo.Storage.Clients;
using Sermo.Storage.Cube;
using Sermo.Storage.Ingestion;

namespace Sermo.Portal.Tests.Web;

/// <summary>
/// The client page's heat-map HTML kept with the released map (decision 059): a kept view is byte for byte a fresh
/// rendering of the same numbers, a replaced map is rendered anew, and one client's kept HTML never reaches another.
/// </summary>
public sealed partial class ClientPortalTests
{
    private const string WeekPage = "/portal/clients/acme?interval=week";

    [Fact]
    public async Task ClientPage_SameNumbersRebuiltIntoANewGeneration_RenderedAgainIdenticalToTheKeptPage()
    {
        var key = await _host.KeyAsync(PortalRoles.Client, "acme");
        var reader = _host.Service<ClientHeatMapReader>();

        var first = await PageAsync(WeekPage, key);
        var keptHtml = (await reader.ReadAsync("acme", BucketInterval.Week, CancellationToken.None))!.Html;
        var second = await PageAsync(WeekPage, key);
        await _host.Service<IHeatMapCube>().RebuildAsync(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), CancellationToken.None);
        var rebuilt = await PageAsync(WeekPage, key);
        var rebuiltHtml = (await reader.ReadAsync("acme", BucketInterval.Week, CancellationToken.None))!.Html;

        keptHtml.Content.Should().NotBeNull("the first view kept its rendering with the map");
        rebuiltHtml.Should().NotBeSameAs(keptHtml, "a new cube generation replaced the map and the HTML kept with it");
        rebuiltHtml.Content.Should().NotBeNull();
        Table().Match(first).Value.Should().Contain("<th>Eliquis</th>").And.Contain("data-mentions=");
        second.Should().Be(first, "the kept HTML is what the first view rendered");
        rebuilt.Should().Be(first, "rendering the same released numbers afresh gives the HTML that was kept");
    }

    [Fact]
    public async Task ClientPage_RollupChangesTheMap_PageShowsTheNewNumbersNotTheKeptHtml()
    {
        var key = await _host.KeyAsync(PortalRoles.Client, "acme");
        var before = await PageAsync(WeekPage, key);

        // Twelve more physicians in the quiet week lift it over k: the map and its table change.
        var posts = Enumerable.Range(1, 12).Select(i => Post($"forum:more{i}", $"author-m{i}", Busy.AddDays(8).AddHours(i), $"Eliquis more notes {i}.")).ToArray();
        await _host.Service<IIngestStore>().CommitAsync(new IngestBatch("test", null, posts, [], [], []), CancellationToken.None);
        await _host.Service<IHeatMapCube>().RollupAsync(CancellationToken.None);
        var after = await PageAsync(WeekPage, key);
        var map = (await _host.Service<ClientHeatMapReader>().ReadAsync("acme", BucketInterval.Week, CancellationToken.None))!.Map!;

        ShownMentions(after).Should().Equal(map.Cells.Where(c => !c.Suppressed).Select(c => c.Mentions!.Value), "the page shows the map the rollup left");
        ShownMentions(after).Should().NotEqual(ShownMentions(before));
    }

    [Fact]
    public async Task ClientPage_TwoClientsViewedInTurn_EachPageShowsItsOwnTermsAndReleasedNumbers()
    {
        await _host.Service<IClientRegistry>().UpsertAsync(new ClientRecord("beta", "beta Pharma", "pharma", 5,
            new Watchlist("beta", "beta Pharma", "pharma", [new WatchlistTerm("Apixaban", ["eliquis", "apixaban"])]), "[]"), CancellationToken.None);
        var acmeKey = await _host.KeyAsync(PortalRoles.Client, "acme");
        var betaKey = await _host.KeyAsync(PortalRoles.Client, "beta");
        var reader = _host.Service<ClientHeatMapReader>();

        var beta = await PageAsync("/portal/clients/beta?interval=week", betaKey);
        var acme = await PageAsync(WeekPage, acmeKey);
        var betaAgain = await PageAsync("/portal/clients/beta?interval=week", betaKey);
        var acmeMap = (await reader.ReadAsync("acme", BucketInterval.Week, CancellationToken.None))!;
        var betaMap = (await reader.ReadAsync("beta", BucketInterval.Week, CancellationToken.None))!;

        Table().Match(acme).Value.Should().Contain("<th>Eliquis</th>").And.NotContain("Apixaban");
        Table().Match(betaAgain).Value.Should().Contain("<th>Apixaban</th>").And.NotContain("Eliquis");
        betaAgain.Should().Be(beta);
        ShownMentions(acme).Should().Equal(acmeMap.Map!.Cells.Where(c => !c.Suppressed).Select(c => c.Mentions!.Value));
        ShownMentions(beta).Should().Equal(betaMap.Map!.Cells.Where(c => !c.Suppressed).Select(c => c.Mentions!.Value));
        acmeMap.Html.Should().NotBeSameAs(betaMap.Html);
    }

    private async Task<string> PageAsync(string path, string key)
    {
        using var response = await _host.GetAsync(path, key);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    private static int[] ShownMentions(string page) =>
        [.. MentionsAttribute().Matches(Table().Match(page).Value).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];

    [GeneratedRegex("<table id=\"heatmap\".*?</table>", RegexOptions.Singleline)]
    private static partial Regex Table();

    [GeneratedRegex("data-mentions=\"(\\d+)\"")]
    private static partial Regex MentionsAttribute();
}
