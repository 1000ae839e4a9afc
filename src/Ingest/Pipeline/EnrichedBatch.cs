using Sermo.Storage.Ingestion;

namespace Sermo.Ingest.Pipeline;

/// <summary>
/// One batch of source items after the CPU-bound steps (validate, scrub, tag, score, key authors), ready for the
/// single writer to commit with its checkpoint. <see cref="Read"/> counts the records it consumed from the source;
/// <see cref="Reading"/> and <see cref="Enriching"/> are the time its reading and its enrichment took, <see cref="Steps"/>
/// the named steps of the enrichment, <see cref="EnrichCost"/> the whole enrichment's CPU time and allocations.
/// </summary>
internal sealed record EnrichedBatch(IngestBatch Batch, int Read, TimeSpan Reading, TimeSpan Enriching, EnrichClock Steps, StageCost EnrichCost);
