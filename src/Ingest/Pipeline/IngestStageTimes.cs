namespace Sermo.Ingest.Pipeline;

/// <summary>
/// Where a pass spent its time, summed over batches: parsing the source; enriching (over all enrichment workers, so it
/// can exceed the pass's wall time), of which scrubbing, tagging and sentiment classification are the named parts;
/// committing to the store and its search index; and how long the writer sat waiting for the next enriched batch.
/// A writer that never waits is the limit; one that waits most of the time is fed too slowly.
/// </summary>
public sealed record IngestStageTimes(
    TimeSpan Read, TimeSpan Scrub, TimeSpan Tag, TimeSpan Classify, TimeSpan Enrich, TimeSpan Store, TimeSpan StoreWaiting)
{
    public static readonly IngestStageTimes Zero = new(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);

    /// <summary>The same stages' CPU time and allocations (what a loaded machine still measures).</summary>
    public IngestStageCosts Costs { get; init; } = IngestStageCosts.Zero;

    public IngestStageTimes Add(IngestStageTimes other) => new(
        Read + other.Read, Scrub + other.Scrub, Tag + other.Tag, Classify + other.Classify, Enrich + other.Enrich,
        Store + other.Store, StoreWaiting + other.StoreWaiting)
    {
        Costs = Costs.Add(other.Costs),
    };
}
