using Sermo.Analytics.HeatMaps;
using Sermo.Reports.Outbox;
using Sermo.Storage.Clients;
using Sermo.Storage.Cube;

namespace Sermo.Reports.Schedules;

/// <summary>Runs one client report: reads the client's cube slice, builds the heat map with its k, publishes to its outbox.</summary>
public sealed class ClientReportRunner(IHeatMapCube cube, ReportWriter writer)
{
    public async Task<ReportRun> RunAsync(ClientRecord client, ReportDefinition report, DateOnly asOf, CancellationToken cancellationToken)
    {
        var period = PeriodEndingAt(asOf, report.Interval, report.Buckets);
        var slice = await cube.GetSliceAsync(client.ClientId, report.Interval, period.From, period.To, SegmentBy.None, cancellationToken);
        var heatMap = HeatMapBuilder.Build(slice, client.Watchlist.Terms.Select(t => t.Label).ToList(), client.K);
        return writer.Write(client.ClientId, report.Id, period, heatMap, client.Name);
    }

    /// <summary>The <paramref name="buckets"/> whole buckets ending with the one that contains <paramref name="asOf"/>.</summary>
    public static ReportPeriod PeriodEndingAt(DateOnly asOf, BucketInterval interval, int buckets)
    {
        var last = TimeBuckets.BucketStart(asOf, interval);
        var first = last;
        for (var i = 1; i < buckets; i++)
        {
            first = TimeBuckets.BucketStart(first.AddDays(-1), interval);
        }

        return new ReportPeriod(first, TimeBuckets.BucketEnd(last, interval));
    }
}
