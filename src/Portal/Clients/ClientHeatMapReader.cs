using Sermo.Analytics.Disclosure;
using Sermo.Analytics.HeatMaps;
using Sermo.Reports.Schedules;
using Sermo.Storage.Clients;
using Sermo.Storage.Cube;

namespace Sermo.Portal.Clients;

/// <summary>A client's heat map as the portal shows it, with the client record it was built for; null map before any post.</summary>
public sealed record ClientHeatMapView(ClientRecord Client, HeatMap? Map);

/// <summary>
/// The heat map a client sees in the portal: the released heat map its reports and the <c>heatmap</c> verb build
/// (whole buckets, the client's noise keys, k on released values; decision 013), of the last <see cref="Buckets"/>
/// buckets up to the last day with posts. It reads the cube as the last rollup left it.
/// </summary>
public sealed class ClientHeatMapReader(IClientRegistry clients, IHeatMapCube cube, ReleaseNoiseKeys noiseKeys)
{
    public const int Buckets = 12;

    public async Task<ClientHeatMapView?> ReadAsync(string clientId, BucketInterval interval, CancellationToken cancellationToken)
    {
        if (await clients.GetAsync(clientId, cancellationToken) is not { } client)
        {
            return null;
        }

        if ((await cube.GetPostRangeAsync(cancellationToken))?.Last is not { } last)
        {
            return new ClientHeatMapView(client, null);
        }

        var period = ClientReportRunner.PeriodEndingAt(last, interval, Buckets);
        var slice = await cube.GetSliceAsync(client.ClientId, interval, period.From, period.To, SegmentBy.None, cancellationToken);
        var released = HeatMapRelease.Release(slice, HeatMapRow.For(client.Watchlist.Terms), noiseKeys.For(client.ClientId), client.K);
        return new ClientHeatMapView(client, HeatMapBuilder.Build(released));
    }
}
