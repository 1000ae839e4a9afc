namespace Sermo.Ingest.Pipeline;

/// <summary>
/// CPU time and managed allocations per stage of a pass, summed over batches and workers: the named enrichment steps
/// (scrub, tag, classify), the whole enrichment (those plus validation, author keys and the batch's bookkeeping), and
/// the store's commit on the writer's thread. <see cref="StoreUnmeasured"/> counts commits that finished on another
/// thread than they started on (a store whose calls really await), which the thread counters cannot cover.
/// </summary>
public sealed record IngestStageCosts(StageCost Scrub, StageCost Tag, StageCost Classify, StageCost Enrich, StageCost Store, int StoreUnmeasured)
{
    public static readonly IngestStageCosts Zero = new(default, default, default, default, default, 0);

    public IngestStageCosts Add(IngestStageCosts other) => new(
        Scrub.Add(other.Scrub), Tag.Add(other.Tag), Classify.Add(other.Classify), Enrich.Add(other.Enrich), Store.Add(other.Store),
        StoreUnmeasured + other.StoreUnmeasured);
}
