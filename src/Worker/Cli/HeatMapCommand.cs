using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Analytics.Disclosure;
using Sermo.Analytics.HeatMaps;
using Sermo.Reports.Charts;
using Sermo.Reports.HeatMaps;
using Sermo.Reports.Rendering;
using Sermo.Storage.Clients;
using Sermo.Storage.Cube;
using Sermo.Worker.Hosting;

namespace Sermo.Worker.Cli;

/// <summary>Prints one client's heat map from the cube: a table, the tidy CSV, or the SVG.</summary>
internal static class HeatMapCommand
{
    public static Command Create()
    {
        var client = new Option<string>("--client", "-c") { Description = "Client id (see samples/clients).", Required = true };
        var interval = new Option<BucketInterval>("--interval") { Description = "Bucket size: day, week or month.", DefaultValueFactory = _ => BucketInterval.Week };
        var segment = new Option<SegmentBy>("--segment") { Description = "Split cells by member segment: none, specialty or state.", DefaultValueFactory = _ => SegmentBy.None };
        var format = new Option<string>("--format") { Description = "table, csv or svg.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "svg");
        var segmentValue = new Option<string?>("--segment-value") { Description = "Only this segment (e.g. Cardiology or OH); required with --segment for csv and svg." };
        var from = new Option<DateOnly?>("--from") { Description = "First day (yyyy-MM-dd); default: 12 buckets before --to." };
        var to = new Option<DateOnly?>("--to") { Description = "Last day (yyyy-MM-dd); default: the last day with posts." };
        var command = new Command("heatmap", "Show a client's keyword heat map (terms × time buckets) from the cube, released as the client sees it: noisy counts, cells under k published authors suppressed.")
        {
            client, interval, segment, segmentValue, format, from, to,
        };
        command.SetAction((parse, ct) => SermoCommandLine.RunAsync(async () =>
        {
            var data = DataFolder.Resolve(parse.GetValue(SermoCommandLine.Data), create: false);
            using var host = SermoHost.Build(data, parse.GetValue(SermoCommandLine.Verbose));
            var services = host.Services;
            var clientId = parse.GetRequiredValue(client);
            var record = await services.GetRequiredService<IClientRegistry>().GetAsync(clientId, ct)
                ?? throw UserInputException.UnknownClient(clientId, await services.GetRequiredService<IClientRegistry>().ListAsync(ct));

            var cube = services.GetRequiredService<IHeatMapCube>();
            await cube.RollupAsync(ct); // pick up anything ingested since the last scheduled rollup
            var bucketSize = parse.GetValue(interval);
            var last = DayOptionWindow.Check("--to", parse.GetValue(to), services) ?? (await cube.GetPostRangeAsync(ct))?.Last
                ?? throw new UserInputException("The store has no posts yet; run `sermo ingest` first.");
            var first = DayOptionWindow.Check("--from", parse.GetValue(from), services) ?? Reports.Schedules.ClientReportRunner.PeriodEndingAt(last, bucketSize, 12).From;
            if (first > last)
            {
                throw new UserInputException($"--from {first:yyyy-MM-dd} is after --to {last:yyyy-MM-dd}.");
            }

            var segmentBy = parse.GetValue(segment);
            var chosen = parse.GetValue(segmentValue);
            // One segment value is read on its own, without decoding every other specialty's or state's cells.
            var slice = await cube.GetSliceAsync(record.ClientId, bucketSize, TimeBuckets.BucketStart(first, bucketSize), TimeBuckets.BucketEnd(last, bucketSize),
                segmentBy, segmentBy == SegmentBy.None ? null : chosen, ct);
            var noise = services.GetRequiredService<ReleaseNoiseKeys>().For(record.ClientId);
            var segments = segmentBy == SegmentBy.None ? [null]
                : chosen is not null ? [chosen]
                : slice.Cells.Select(c => c.Segment).Distinct().Order(StringComparer.Ordinal).ToList();
            var outputFormat = parse.GetValue(format);
            if (segmentBy != SegmentBy.None && chosen is null && outputFormat != "table")
            {
                throw new UserInputException($"--segment {segmentBy.ToString().ToLowerInvariant()} with --format {outputFormat} needs --segment-value; the table format lists every segment.");
            }

            foreach (var value in segments)
            {
                // The same release a client's report gets (decision 013): what this prints is what the client would see.
                var heatMap = HeatMapBuilder.Build(HeatMapRelease.Release(slice, HeatMapRow.For(record.Watchlist.Terms, value), noise, record.K));
                switch (outputFormat)
                {
                    case "csv":
                        services.GetRequiredService<HeatMapCsvWriter>().Write(heatMap, Console.Out);
                        break;
                    case "svg":
                        var content = ReportContent.ForHeatMap(heatMap, record.Name, services.GetRequiredService<TimeProvider>().GetUtcNow());
                        Console.WriteLine(services.GetRequiredService<ReportCharts>().Svg(content, ReportChartIds.HeatMap));
                        break;
                    default:
                        HeatMapTable.Print(heatMap, value is null ? record.Name : $"{record.Name} — {value}");
                        break;
                }
            }

            return 0;
        }));
        return command;
    }
}

internal static class HeatMapTable
{
    public static void Print(HeatMap heatMap, string clientName)
    {
        Console.WriteLine($"{clientName} — mentions per {heatMap.Interval.ToString().ToLowerInvariant()}, {heatMap.From:yyyy-MM-dd}..{heatMap.To:yyyy-MM-dd}; '·' = suppressed (published authors under {heatMap.K}); counts carry release noise");
        var labelWidth = Math.Max(8, heatMap.Terms.Max(t => t.Length));
        var labels = heatMap.Buckets.Select(b => TimeBuckets.Label(b, heatMap.Interval)).ToList();
        var width = Math.Max(5, labels.Max(l => l.Length)) + 1;
        Console.WriteLine("".PadRight(labelWidth) + string.Concat(labels.Select(l => l.PadLeft(width))) + "total".PadLeft(8));
        for (var t = 0; t < heatMap.Terms.Count; t++)
        {
            var cells = heatMap.Row(t).Select(c => (c.Suppressed ? "·" : c.Mentions?.ToString(CultureInfo.InvariantCulture) ?? "0").PadLeft(width));
            var total = heatMap.RowTotals[t];
            var totalText = total.Suppressed ? "·" : total.Mentions?.ToString(CultureInfo.InvariantCulture) ?? "0";
            Console.WriteLine(heatMap.Terms[t].PadRight(labelWidth) + string.Concat(cells) + totalText.PadLeft(8));
        }
    }
}
