using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
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
/// docs/privacy.md P13, as a client would attack it: it polls its heat map (portal page or
/// <c>/api/clients/{id}/heatmap</c>) after every rollup and counts how often the released numbers move. While the bucket
/// holding today was released, every post about a term moved the noisy numbers of today's week and month (their noise
/// is redrawn when the true count changes), so the number of moves named today's posts exactly, under k or not.
/// </summary>
public sealed class OpenBucketAttackTests : IAsyncLifetime
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private static readonly DateTimeOffset FirstMonday = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Wednesday of the thirteenth week, 09:00 UTC: the week and month are open, Monday and Tuesday had posts.</summary>
    private static readonly DateTimeOffset Today = FirstMonday.AddDays((7 * 12) + 2).AddHours(9);

    private readonly FakeTimeProvider _clock = new(Today);
    private PortalHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await PortalHost.StartAsync(services: s => s.AddSingleton<TimeProvider>(_clock));
        await _host.Service<IClientRegistry>().UpsertAsync(
            new ClientRecord("acme", "Acme Pharma", "pharma", 5, new Watchlist("acme", "Acme Pharma", "pharma", [new WatchlistTerm("Eliquis", ["eliquis", "apixaban"])]), "[]"), Ct);

        // Twelve whole weeks and this week's Monday and Tuesday, ten physicians a day: every week and month cell is shown.
        var days = (7 * 12) + 2;
        await CommitAsync(Enumerable.Range(0, days).SelectMany(day => Enumerable.Range(1, 10)
            .Select(i => Post($"forum:d{day}-{i}", $"author-{i}", FirstMonday.AddDays(day).AddHours(8 + i)))));
        await Cube.RollupAsync(Ct);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private IHeatMapCube Cube => _host.Service<IHeatMapCube>();

    [Fact]
    public async Task Attack_PollingAfterEveryRollup_CountsNoPostOfTheOpenBucket()
    {
        var reader = _host.Service<ClientHeatMapReader>();
        var intervals = new[] { BucketInterval.Day, BucketInterval.Week, BucketInterval.Month };
        var last = await PollAsync(reader, intervals);

        // Today's posts about the term arrive one at a time, each rolled up before the client looks again.
        var moves = 0;
        var todaysPosts = 3;
        for (var p = 0; p < todaysPosts; p++)
        {
            _clock.Advance(TimeSpan.FromHours(2));
            await CommitAsync([Post($"forum:today-{p}", $"author-today-{p}", _clock.GetUtcNow().AddMinutes(-30))]);
            await Cube.RollupAsync(Ct);
            var now = await PollAsync(reader, intervals);
            moves += now.Zip(last, (a, b) => a.SequenceEqual(b) ? 0 : 1).Max();
            last = now;
        }

        moves.Should().Be(0, $"counting the moves of the released map would name today's {todaysPosts} posts (a count under k) exactly");
    }

    [Fact]
    public async Task Read_AfterTheWeekEndsAndSettles_ItsCellIsReleased()
    {
        var reader = _host.Service<ClientHeatMapReader>();
        var thisWeek = TimeBuckets.BucketStart(Today, BucketInterval.Week);
        var open = (await reader.ReadAsync("acme", BucketInterval.Week, Ct))!.Map!;

        _clock.SetUtcNow(new DateTimeOffset(thisWeek.AddDays(7).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) + TimeBuckets.SettleTime);
        var settled = (await reader.ReadAsync("acme", BucketInterval.Week, Ct))!.Map!;

        open.Buckets.Should().NotContain(thisWeek, "the week is still filling");
        settled.Buckets[^1].Should().Be(thisWeek, "an hour after it ended the week is released, once");
        settled.Cell(0, settled.Buckets.Count - 1).Suppressed.Should().BeFalse();
    }

    /// <summary>Every released number the client can read at each interval, in one list per interval.</summary>
    private static async Task<IReadOnlyList<IReadOnlyList<int?>>> PollAsync(ClientHeatMapReader reader, IEnumerable<BucketInterval> intervals)
    {
        var maps = new List<IReadOnlyList<int?>>();
        foreach (var interval in intervals)
        {
            var map = (await reader.ReadAsync("acme", interval, Ct))!.Map!;
            maps.Add([.. map.Cells.Concat(map.RowTotals).SelectMany(c => new[] { c.Mentions, c.DistinctAuthors, c.AdverseEvents })]);
        }

        return maps;
    }

    private Task CommitAsync(IEnumerable<TaggedPost> posts) =>
        _host.Service<IIngestStore>().CommitAsync(new IngestBatch("test", null, [.. posts], [], [], []), Ct);

    private static TaggedPost Post(string id, string author, DateTimeOffset at) =>
        new(id, "forum", author, at, "cardiology", "TX", "Eliquis dose question after a fall.", 0, [], [], Sentiment.Neutral, 0);
}
