using Sermo.Analytics.Disclosure;
using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Posts;
using Sermo.Analytics.Tagging;
using Sermo.Analytics.Watchlists;
using Sermo.Portal.Clients;
using Sermo.Portal.Tests.Web;
using Sermo.Storage.Clients;
using Sermo.Storage.Cube;
using Sermo.Storage.Ingestion;

namespace Sermo.Portal.Tests.Clients;

/// <summary>
/// The released heat maps the portal keeps between rollups, over a real cube: every read gives the numbers a fresh build
/// gives (a reader that keeps nothing yet), after posts, rollups and watchlist changes, and each client only its own.
/// </summary>
public sealed class ClientHeatMapReaderTests : IAsyncLifetime
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private static readonly DateTimeOffset Monday = new(2026, 3, 9, 9, 0, 0, TimeSpan.Zero);

    private PortalHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await PortalHost.StartAsync();
        foreach (var id in new[] { "acme", "beta" })
        {
            await UpsertClientAsync(id, new WatchlistTerm("Eliquis", ["eliquis", "apixaban"]));
        }

        // Twelve weeks of posts, a changing number of physicians a week: some cells over k, some under.
        await CommitAsync(Enumerable.Range(0, 12).SelectMany(week => Enumerable.Range(1, 3 + (week * 7 % 30))
            .Select(i => Post($"forum:w{week}-{i}", $"author-{i}", Monday.AddDays(7 * week).AddHours(i), $"Eliquis note {i} in week {week}."))));
        await Cube.RollupAsync(Ct);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private IHeatMapCube Cube => _host.Service<IHeatMapCube>();

    [Fact]
    public async Task Read_NothingChanged_KeptMapServedAndEqualToAFreshBuild()
    {
        var reader = _host.Service<ClientHeatMapReader>();

        var first = (await reader.ReadAsync("acme", BucketInterval.Week, Ct))!.Map!;
        var second = (await reader.ReadAsync("acme", BucketInterval.Week, Ct))!.Map!;

        second.Should().BeSameAs(first, "nothing it was built from changed");
        second.Should().BeEquivalentTo(await FreshAsync("acme", BucketInterval.Week));
        second.Cells.Should().Contain(c => c.Suppressed).And.Contain(c => !c.Suppressed);
    }

    [Fact]
    public async Task Read_PostsThenRollup_RebuiltAtEachStepEqualToAFreshBuild()
    {
        var reader = _host.Service<ClientHeatMapReader>();
        var before = (await reader.ReadAsync("acme", BucketInterval.Week, Ct))!.Map!;

        // A later week's posts move the last day with posts before any rollup counts them, then the rollup counts them.
        await CommitAsync(Enumerable.Range(1, 30).Select(i => Post($"forum:late{i}", $"author-late{i}", Monday.AddDays(7 * 12).AddHours(i), $"Apixaban late note {i}.")));
        var unrolled = (await reader.ReadAsync("acme", BucketInterval.Week, Ct))!.Map!;
        unrolled.Should().BeEquivalentTo(await FreshAsync("acme", BucketInterval.Week));
        unrolled.Buckets.Should().NotEqual(before.Buckets, "the period ends at the new last day");

        await Cube.RollupAsync(Ct);
        var rolled = (await reader.ReadAsync("acme", BucketInterval.Week, Ct))!.Map!;

        rolled.Should().BeEquivalentTo(await FreshAsync("acme", BucketInterval.Week));
        rolled.Cells.Sum(c => c.Mentions ?? 0).Should().BeGreaterThan(unrolled.Cells.Sum(c => c.Mentions ?? 0), "the rollup counted the late week");
    }

    [Fact]
    public async Task Read_SamePostsRolledUpAgainByRebuild_RebuiltEqualToAFreshBuild()
    {
        var reader = _host.Service<ClientHeatMapReader>();
        var before = (await reader.ReadAsync("acme", BucketInterval.Month, Ct))!.Map!;

        await Cube.RebuildAsync(DateOnly.FromDateTime(Monday.UtcDateTime), DateOnly.FromDateTime(Monday.UtcDateTime).AddDays(100), Ct);
        var after = (await reader.ReadAsync("acme", BucketInterval.Month, Ct))!.Map!;

        after.Should().NotBeSameAs(before, "a rebuild is a new cube generation");
        after.Should().BeEquivalentTo(await FreshAsync("acme", BucketInterval.Month));
    }

    [Fact]
    public async Task Read_WatchlistChangedBeforeRollup_NewTermsAtOnceEqualToAFreshBuild()
    {
        var reader = _host.Service<ClientHeatMapReader>();
        await reader.ReadAsync("acme", BucketInterval.Week, Ct);

        await UpsertClientAsync("acme", new WatchlistTerm("Eliquis", ["eliquis"]), new WatchlistTerm("Note", ["note"]));
        var changed = (await reader.ReadAsync("acme", BucketInterval.Week, Ct))!.Map!;

        changed.Terms.Should().Equal("Eliquis", "Note");
        changed.Should().BeEquivalentTo(await FreshAsync("acme", BucketInterval.Week));
    }

    [Fact]
    public async Task Read_TwoClientsSameWatchlist_EachGetsItsOwnReleaseNeverTheOthers()
    {
        var reader = _host.Service<ClientHeatMapReader>();

        var beta = (await reader.ReadAsync("beta", BucketInterval.Week, Ct))!.Map!;
        var acme = (await reader.ReadAsync("acme", BucketInterval.Week, Ct))!.Map!;
        var betaAgain = (await reader.ReadAsync("beta", BucketInterval.Week, Ct))!.Map!;

        acme.ClientId.Should().Be("acme");
        acme.Should().NotBeSameAs(beta);
        acme.Should().BeEquivalentTo(await FreshAsync("acme", BucketInterval.Week));
        betaAgain.Should().BeSameAs(beta);
        betaAgain.Should().BeEquivalentTo(await FreshAsync("beta", BucketInterval.Week));
        acme.Cells.Select(c => c.Mentions).Should().NotEqual(beta.Cells.Select(c => c.Mentions), "each client's noise is its own");
    }

    /// <summary>The uncached path: a reader that has kept nothing builds the released map from the cube.</summary>
    private async Task<HeatMap> FreshAsync(string client, BucketInterval interval) =>
        (await new ClientHeatMapReader(_host.Service<IClientRegistry>(), Cube, _host.Service<ReleaseNoiseKeys>(), TimeProvider.System).ReadAsync(client, interval, Ct))!.Map!;

    private Task UpsertClientAsync(string id, params WatchlistTerm[] terms) =>
        _host.Service<IClientRegistry>().UpsertAsync(new ClientRecord(id, id + " Pharma", "pharma", 5, new Watchlist(id, id + " Pharma", "pharma", terms), "[]"), Ct);

    private Task CommitAsync(IEnumerable<TaggedPost> posts) =>
        _host.Service<IIngestStore>().CommitAsync(new IngestBatch("test", null, [.. posts], [], [], []), Ct);

    private static TaggedPost Post(string id, string author, DateTimeOffset at, string text) =>
        new(id, "forum", author, at, "cardiology", "TX", text, 0, [], [], Sentiment.Neutral, 0);
}
