using System.Collections.Concurrent;
using System.Text.Json;
using Sermo.Analytics.Disclosure;
using Sermo.Analytics.HeatMaps;
using Sermo.Reports.Schedules;
using Sermo.Storage.Clients;
using Sermo.Storage.Cube;

namespace Sermo.Portal.Clients;

/// <summary>
/// A client's heat map as the portal shows it, with the client record it was built for; null map before any post.
/// <see cref="Html"/> is the page's rendering of this very map, kept with it (decision 059).
/// </summary>
public sealed record ClientHeatMapView(ClientRecord Client, HeatMap? Map, KeptMapHtml Html);

/// <summary>
/// The heat map a client sees in the portal: the released heat map its reports and the <c>heatmap</c> verb build
/// (whole buckets, the client's noise keys, k on released values; decision 013), of the last <see cref="Buckets"/>
/// buckets up to the last day with posts, never past the newest bucket that has ended and settled
/// (<see cref="TimeBuckets.LastSettledDay"/>, docs/privacy.md P13). It reads the cube as the last rollup left it.
/// Building one costs milliseconds of CPU (author sets unioned, noise drawn per cell), so each released map is kept per
/// client and interval until anything it was built from changes: the cube's generation (a rollup or rebuild on any
/// host), the last day shown (moved by posts or by the clock), or the client's watchlist and k (decision 040). A kept map is the same released
/// numbers a fresh build gives; it is keyed by the client id it was built for and never handed to another. The page's
/// HTML of a kept map is kept beside it and replaced with it (decision 059).
/// </summary>
public sealed class ClientHeatMapReader(IClientRegistry clients, IHeatMapCube cube, ReleaseNoiseKeys noiseKeys, TimeProvider time)
{
    public const int Buckets = 12;

    private readonly ConcurrentDictionary<(string ClientId, BucketInterval Interval), ReleasedMap> _released = new();

    public async Task<ClientHeatMapView?> ReadAsync(string clientId, BucketInterval interval, CancellationToken cancellationToken)
    {
        if (await clients.GetAsync(clientId, cancellationToken) is not { } client)
        {
            return null;
        }

        // Read before the cube: a map kept under this stamp is never older than what the stamp names.
        var generation = await cube.GetGenerationAsync(cancellationToken);
        var lastPostDay = (await cube.GetPostRangeAsync(cancellationToken))?.Last;
        // Clock read with the stamp: crossing a bucket end rebuilds the map even when no rollup ran.
        var settled = TimeBuckets.LastSettledDay(time.GetUtcNow(), interval);
        DateOnly? lastDay = lastPostDay is { } posted ? (posted < settled ? posted : settled) : null;
        var stamp = new ReleaseStamp(generation, lastDay, client.K,
            JsonSerializer.Serialize(client.Watchlist));
        var key = (client.ClientId, interval);
        if (_released.TryGetValue(key, out var kept) && kept.Stamp == stamp)
        {
            return new ClientHeatMapView(client, kept.Map, kept.Html);
        }

        var map = stamp.LastDay is { } last ? await BuildAsync(client, interval, last, cancellationToken) : null;
        var built = new ReleasedMap(stamp, map, new KeptMapHtml());
        _released[key] = built;
        return new ClientHeatMapView(client, map, built.Html);
    }

    private async Task<HeatMap> BuildAsync(ClientRecord client, BucketInterval interval, DateOnly last, CancellationToken cancellationToken)
    {
        var period = ClientReportRunner.PeriodEndingAt(last, interval, Buckets);
        var slice = await cube.GetSliceAsync(client.ClientId, interval, period.From, period.To, SegmentBy.None, cancellationToken);
        var released = HeatMapRelease.Release(slice, HeatMapRow.For(client.Watchlist.Terms), noiseKeys.For(client.ClientId), client.K);
        return HeatMapBuilder.Build(released);
    }

    /// <summary>What a released map was built from; equal stamps build equal maps.</summary>
    private sealed record ReleaseStamp(long CubeGeneration, DateOnly? LastDay, int K, string Watchlist);

    private sealed record ReleasedMap(ReleaseStamp Stamp, HeatMap? Map, KeptMapHtml Html);
}
