using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Sermo.Ingest;
using Sermo.Ingest.Pipeline;
using Sermo.Storage.Cube;
using Sermo.Worker.Hosting;
using Sermo.Worker.Jobs;

namespace Sermo.Worker.Cli;

/// <summary>One ingest cycle over the forum feed and the drop folder, then a cube rollup; or the hosted worker with --watch.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var watch = new Option<bool>("--watch") { Description = "Keep running: the hosted ingest worker polls the sources and Hangfire runs the rollup and report schedules until Ctrl+C." };
        var command = new Command("ingest", "Pull new posts from the forum change feed and every *.jsonl file in DIR/drop, scrub, tag and store them, then roll up the cube. " +
            "A source another holder still leases (a run killed a moment ago) is waited for up to two Ingest:LeaseDuration periods, then named and the exit code is 1; " +
            "bad records go to dead letters with their reason. A drained file moves to DIR/drop/processed and is deleted after Ingest:RawRetentionDays (7; 0 deletes it at once).")
        {
            watch,
        };
        command.SetAction((parse, ct) => SermoCommandLine.RunAsync(async () =>
        {
            var data = DataFolder.Resolve(parse.GetValue(SermoCommandLine.Data), create: false);
            var watching = parse.GetValue(watch);
            using var host = SermoHost.Build(data, parse.GetValue(SermoCommandLine.Verbose), jobs: watching ? JobHostRole.Schedules : JobHostRole.RunNow);
            if (watching)
            {
                Console.WriteLine($"Watching {data.Root}; Ctrl+C stops after the current batch.");
                await host.RunAsync(ct);
                return 0;
            }

            // One cycle of the hosted worker, then the rollup as the Hangfire job the schedule runs.
            var cycle = host.Services.GetRequiredService<IngestCycle>();
            // A run killed a moment ago still leases the source it was reading: wait out that lease (with room for a
            // late renewal) rather than end as if the source had been read.
            var leaseDuration = host.Services.GetRequiredService<IOptions<IngestOptions>>().Value.LeaseDuration;
            cycle.WaitForBusySources = leaseDuration * 2;
            // One cycle only: a second one would start during the rollup below and wait on its write lock.
            cycle.SingleCycle = true;
            cycle.Progress += p => Console.WriteLine($"  {p.Source}: {p.Read:N0} read, {p.Ingested:N0} ingested, {p.DeadLettered:N0} dead-lettered");
            var firstCycle = cycle.NextCompletionAsync(ct);
            // Timed from the host's start, which starts the cycle: the verb's own figure is end to end.
            using var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var countersBefore = IngestRuntimeCounters.Now();
            var clock = Stopwatch.StartNew();
            await host.StartAsync(ct);
            try
            {
                var summary = await firstCycle;
                var ingesting = clock.Elapsed;
                process.Refresh();
                var cpu = process.TotalProcessorTime - cpuBefore;
                var counters = IngestRuntimeCounters.Now().Since(countersBefore);
                // The resident peak so far (VmHWM on Linux): whether the verb's peak comes in the ingest or the rollup.
                var ingestPeak = process.PeakWorkingSet64;
                // The ingest phase's garbage stays resident until the GC gives its memory back, and the rollup would
                // grow on top of it: one aggressive full collection returns the free memory to the OS first (decision
                // 075; a fraction of a second, once a run).
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                var rollup = await host.Services.GetRequiredService<ForegroundJobs>().RunAsync<CubeRollupJob, RollupOutcome>(j => j.RunAsync(CancellationToken.None), ct);
                Console.WriteLine($"read {summary.Read:N0}, ingested {summary.Ingested:N0} (new {summary.Inserted:N0}), removed {summary.Removed:N0}, dead-lettered {summary.DeadLettered:N0}; cube: {rollup.DaysRebuilt:N0} days rolled up");
                Console.WriteLine(IngestTimings.Describe(summary, ingesting, cpu, clock.Elapsed - ingesting));
                Console.WriteLine(IngestTimings.DescribeCosts(summary, cpu, counters, ingestPeak));
                if (summary.Busy.Count > 0)
                {
                    await parse.InvocationConfiguration.Error.WriteLineAsync(
                        $"not read: {string.Join(", ", summary.Busy)} still leased by another holder after {cycle.WaitForBusySources.TotalSeconds:0} s (its holder, or a later cycle, reads on from the checkpoint)");
                    return 1;
                }
            }
            finally
            {
                await host.StopAsync(CancellationToken.None);
            }

            return 0;
        }));
        return command;
    }
}
