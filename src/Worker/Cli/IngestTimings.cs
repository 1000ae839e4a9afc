using System.Globalization;
using Sermo.Ingest.Pipeline;

namespace Sermo.Worker.Cli;

/// <summary>
/// The time line the <c>ingest</c> verb prints after its summary: the cycle and the cube rollup, the cycle's rate and
/// the cores the process kept busy during it and its CPU time (user + system) per record read, which a loaded machine still
/// measures when wall-clock rates mean little, and the busy time of each stage: read (parse the sources), scrub, tag,
/// classify (sentiment), the whole enrichment (those three plus validation and author keys, summed over the parallel
/// workers, so it can exceed the wall time), index (the store's commit: posts, tags and the FTS5 index), the writer's
/// wait for enriched batches, and cube (the rollup). bench/ingest/run.sh reads this line.
/// </summary>
internal static class IngestTimings
{
    public static string Describe(IngestRunSummary summary, TimeSpan ingest, TimeSpan ingestCpu, TimeSpan rollup)
    {
        var stages = summary.Stages;
        var seconds = Math.Max(ingest.TotalSeconds, 1e-3);
        return string.Create(CultureInfo.InvariantCulture,
            $"time: ingest {ingest.TotalSeconds:F1} s ({summary.Read / seconds:F0} records/s, {ingestCpu.TotalSeconds / seconds:F2} cores busy, CPU {ingestCpu.TotalMicroseconds / Math.Max(summary.Read, 1):F0} µs per record), rollup {rollup.TotalSeconds:F1} s; " +
            $"stages: read {stages.Read.TotalSeconds:F1} s, scrub {stages.Scrub.TotalSeconds:F1} s, tag {stages.Tag.TotalSeconds:F1} s, " +
            $"classify {stages.Classify.TotalSeconds:F1} s, enrich in all {stages.Enrich.TotalSeconds:F1} s (all workers), " +
            $"index {stages.Store.TotalSeconds:F1} s, writer waiting {stages.StoreWaiting.TotalSeconds:F1} s, cube {rollup.TotalSeconds:F1} s");
    }

    /// <summary>
    /// The <c>cost:</c> line: per record read, each stage's CPU time on its own threads and the managed bytes it
    /// allocated; what the process used besides them (the reader, the runtime's JIT and GC threads, the thread pool);
    /// the runtime's counters over the ingest phase; and the process's resident peak by the end of it. CPU per stage
    /// needs a thread CPU clock (Linux).
    /// </summary>
    public static string DescribeCosts(IngestRunSummary summary, TimeSpan ingestCpu, IngestRuntimeCounters runtime, long ingestPeakBytes)
    {
        var costs = summary.Stages.Costs;
        var records = Math.Max(summary.Read, 1);
        string Per(StageCost cost) => ThreadCpuClock.IsAvailable
            ? string.Create(CultureInfo.InvariantCulture, $"{cost.Cpu.TotalMicroseconds / records:F0} µs / {cost.AllocatedBytes / 1024.0 / records:F1} KB")
            : string.Create(CultureInfo.InvariantCulture, $"{cost.AllocatedBytes / 1024.0 / records:F1} KB");
        var other = ingestCpu - costs.Enrich.Cpu - costs.Store.Cpu;
        var besides = ThreadCpuClock.IsAvailable
            ? string.Create(CultureInfo.InvariantCulture, $"other threads (reader, JIT, GC, thread pool) {other.TotalMicroseconds / records:F0} µs")
            : "CPU per stage not measured (no thread CPU clock here)";
        var unmeasured = costs.StoreUnmeasured > 0
            ? string.Create(CultureInfo.InvariantCulture, $" ({costs.StoreUnmeasured} commits left their thread, not counted)")
            : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"cost: per record, CPU / allocated: scrub {Per(costs.Scrub)}, tag {Per(costs.Tag)}, classify {Per(costs.Classify)}, " +
            $"enrich in all {Per(costs.Enrich)}, index {Per(costs.Store)}{unmeasured}; {besides}; " +
            $"runtime: JIT {runtime.Jit.TotalSeconds:F1} s ({runtime.JitMethods:N0} methods), GC {runtime.Gen0} gen0 / {runtime.Gen1} gen1 / {runtime.Gen2} gen2 " +
            $"paused {runtime.GcPause.TotalSeconds:F2} s, {runtime.AllocatedBytes / 1024.0 / 1024.0:F0} MB allocated ({runtime.AllocatedBytes / 1024.0 / records:F1} KB per record); " +
            $"peak RSS by the end of ingest {ingestPeakBytes / 1024 / 1024} MB");
    }
}
