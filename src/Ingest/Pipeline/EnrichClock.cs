using System.Diagnostics;

namespace Sermo.Ingest.Pipeline;

/// <summary>
/// What one enrichment worker spent in each named step of <see cref="PostEnricher.Enrich"/> over a batch: Stopwatch
/// ticks (wall time) and the thread's CPU time and allocations (<see cref="StageCost"/>).
/// Not thread-safe: one clock per batch, and a batch is enriched on one thread.
/// </summary>
public sealed class EnrichClock
{
    public long ScrubTicks { get; private set; }

    public long TagTicks { get; private set; }

    public long ClassifyTicks { get; private set; }

    public StageCost ScrubCost { get; private set; }

    public StageCost TagCost { get; private set; }

    public StageCost ClassifyCost { get; private set; }

    public TimeSpan Scrub => Elapsed(ScrubTicks);

    public TimeSpan Tag => Elapsed(TagTicks);

    public TimeSpan Classify => Elapsed(ClassifyTicks);

    internal static Step Start() => new(Stopwatch.GetTimestamp(), StageMeter.Start());

    internal void AddScrub(Step started)
    {
        ScrubTicks += started.Ticks();
        ScrubCost = ScrubCost.Add(started.Cost());
    }

    internal void AddTag(Step started)
    {
        TagTicks += started.Ticks();
        TagCost = TagCost.Add(started.Cost());
    }

    internal void AddClassify(Step started)
    {
        ClassifyTicks += started.Ticks();
        ClassifyCost = ClassifyCost.Add(started.Cost());
    }

    private static TimeSpan Elapsed(long ticks) => TimeSpan.FromSeconds((double)ticks / Stopwatch.Frequency);

    /// <summary>A step's start: its Stopwatch timestamp and its thread's counters (the steps are synchronous).</summary>
    internal readonly record struct Step(long Started, StageMeter Meter)
    {
        public long Ticks() => Stopwatch.GetTimestamp() - Started;

        public StageCost Cost() => Meter.TryStop(out var cost) ? cost : default;
    }
}
