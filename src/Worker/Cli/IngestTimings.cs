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
}
