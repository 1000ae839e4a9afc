using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using Sermo.Analytics.Disclosure;
using Sermo.Analytics.HeatMaps;
using Sermo.PrivacyBench;
using Sermo.Reports.Schedules;
using Sermo.Storage;
using Sermo.Storage.Clients;
using Sermo.Storage.Cube;
using Sermo.Storage.Sqlite;

// The error release noise adds to what clients read (decision 013), on a data folder `sermo demo` built: every report
// definition of every client, for the period the demo published, released exactly as ClientReportRunner releases it and
// compared with the cube's exact counts. Usage: Sermo.PrivacyBench <data folder> <results.md>
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: Sermo.PrivacyBench <data folder> <results.md>");
    return 2;
}

var folder = Path.GetFullPath(args[0]);
var database = new SqliteDatabase(Options.Create(new StorageOptions { ConnectionString = "Data Source=" + Path.Combine(folder, "sermo.db") }));
var registry = new ClientRegistry(database);
var cube = new SqliteHeatMapCube(database, registry);
var noiseKeys = new ReleaseNoiseKeys(Options.Create(new ReleaseOptions { NoiseSecret = File.ReadAllText(Path.Combine(folder, "release-noise.secret")).Trim() }));
var asOf = (await cube.GetPostRangeAsync(CancellationToken.None))?.Last ?? throw new InvalidOperationException("The store is empty: run `sermo demo` first.");

var all = new UtilityTally("all reports");
var tallies = new List<UtilityTally>();
foreach (var client in await registry.ListAsync(CancellationToken.None))
{
    foreach (var report in ReportDefinition.ParseAll(client.ClientId, client.ReportsJson))
    {
        var period = ClientReportRunner.PeriodEndingAt(asOf, report.Interval, report.Buckets);
        var slice = await cube.GetSliceAsync(client.ClientId, report.Interval, period.From, period.To, report.Segment, CancellationToken.None);
        var rows = report.Segment == SegmentBy.None
            ? HeatMapRow.For(client.Watchlist.Terms)
            : HeatMapRow.BySegment(client.Watchlist.Terms, ClientReportRunner.SegmentValues(report));
        var released = HeatMapRelease.Release(slice, rows, noiseKeys.For(client.ClientId), client.K);
        if (report.Segment != SegmentBy.None && report.SegmentValues is not { Count: > 0 })
        {
            released = released.WithoutEmptyRows();
        }

        var tally = new UtilityTally($"{client.ClientId}/{report.Id} ({report.Interval.ToString().ToLowerInvariant()}{(report.Segment == SegmentBy.None ? "" : ", by " + report.Segment.ToString().ToLowerInvariant())})");
        var map = HeatMapBuilder.Build(released);
        tally.Add(slice, rows, map, client.K);
        all.Add(slice, rows, map, client.K);
        tallies.Add(tally);
    }
}

var text = new StringBuilder();
text.AppendLine(CultureInfo.InvariantCulture, $"# Error the release adds to what clients read, demo data ({folder}, reports as of {asOf:yyyy-MM-dd})");
text.AppendLine();
text.AppendLine(CultureInfo.InvariantCulture, $"Noise σs = {ReleaseNoise.StaticSigma}, σv = {ReleaseNoise.VersionSigma} (σ = {ReleaseNoise.Sigma:0.00} per count before rounding; a row total's period cell ×{ReleaseNoise.PeriodScale}). Produced by `bench/privacy/run.sh`.");
text.AppendLine();
text.AppendLine(UtilityTally.Header);
foreach (var tally in tallies.Append(all))
{
    text.AppendLine(tally.Row());
}

text.AppendLine();
text.AppendLine(UtilityTally.Legend);
await File.WriteAllTextAsync(args[1], text.ToString());
Console.Write(text);
return 0;
