using System.Diagnostics;

namespace Sermo.Ingest.Pipeline;

/// <summary>
/// Stopwatch ticks one enrichment worker spent in each named step of <see cref="PostEnricher.Enrich"/> over a batch.
/// Not thread-safe: one clock per batch, and a batch is enriched on one thread.
/// </summary>
public sealed class EnrichClock
{
    public long ScrubTicks { get; private set; }

    public long TagTicks { get; private set; }

    public long ClassifyTicks { get; private set; }

    public TimeSpan Scrub => Elapsed(ScrubTicks);

    public TimeSpan Tag => Elapsed(TagTicks);

    public TimeSpan Classify => Elapsed(ClassifyTicks);

    internal void AddScrub(long started) => ScrubTicks += Stopwatch.GetTimestamp() - started;

    internal void AddTag(long started) => TagTicks += Stopwatch.GetTimestamp() - started;

    internal void AddClassify(long started) => ClassifyTicks += Stopwatch.GetTimestamp() - started;

    private static TimeSpan Elapsed(long ticks) => TimeSpan.FromSeconds((double)ticks / Stopwatch.Frequency);
}
