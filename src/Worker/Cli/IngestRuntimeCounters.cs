using System.Runtime;

namespace Sermo.Worker.Cli;

/// <summary>
/// The runtime's own counters over the ingest phase: managed bytes allocated, collections per generation and the
/// time the GC paused the process, and the JIT's compile time and method count (all threads). The stage costs say
/// which stage used the CPU; these say how much of it the runtime took for itself (docs/ingest-speed.md).
/// </summary>
internal readonly record struct IngestRuntimeCounters(
    long AllocatedBytes, int Gen0, int Gen1, int Gen2, TimeSpan GcPause, TimeSpan Jit, long JitMethods)
{
    public static IngestRuntimeCounters Now() => new(
        GC.GetTotalAllocatedBytes(precise: false), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2),
        GC.GetTotalPauseDuration(), JitInfo.GetCompilationTime(), JitInfo.GetCompiledMethodCount());

    public IngestRuntimeCounters Since(IngestRuntimeCounters start) => new(
        AllocatedBytes - start.AllocatedBytes, Gen0 - start.Gen0, Gen1 - start.Gen1, Gen2 - start.Gen2,
        GcPause - start.GcPause, Jit - start.Jit, JitMethods - start.JitMethods);
}
