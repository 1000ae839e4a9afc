using Microsoft.Extensions.Logging;
using Sermo.Ingest.Retention;
using Sermo.Ingest.Sources;
using Sermo.Storage.Ingestion;

namespace Sermo.Ingest.Pipeline;

/// <summary>
/// One source read under its lease (decision 017): a source another host is reading is skipped this cycle, and one
/// whose lease is lost mid-read stops without committing its pending batch; the new holder reads on from the last
/// committed checkpoint. The lease is released when the source is drained, so any host may take it next cycle.
/// </summary>
public sealed class LeasedSourceIngest(IngestPipeline pipeline, SourceLeaseKeeper leases, RawFileRetention retention, ILogger<LeasedSourceIngest> logger)
{
    public async Task<IngestRunSummary> RunAsync(IPostSource source, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        await using var held = await leases.TryTakeAsync(source.Name, cancellationToken);
        if (held is null)
        {
            logger.LogInformation("Skipping {Source}: another holder leases it (another host reading it, or a killed run's lease not expired yet)", source.Name);
            return IngestRunSummary.Empty with { Busy = [source.Name] };
        }

        if (source is JsonlFileSource { Path: var path } && !File.Exists(path))
        {
            // Another host drained it and moved it to processed/ (decision 097) between this cycle's listing and the lease.
            return IngestRunSummary.Empty;
        }

        using var reading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, held.Lost);
        try
        {
            var file = source as JsonlFileSource;
            var length = file is null ? 0 : new FileInfo(file.Path).Length;
            var summary = await pipeline.RunAsync(source, held.Lease, progress, reading.Token);
            if (file is not null)
            {
                // Read to its end and committed under the lease: the raw file leaves the drop folder (decision 097).
                retention.Drained(file, length);
            }

            if (summary.Read > 0)
            {
                logger.LogInformation("Ingested {Source}: read {Read}, new {Inserted}, changed {Updated}, removed {Removed}, dead letters {DeadLettered}",
                    source.Name, summary.Read, summary.Inserted, summary.Updated, summary.Removed, summary.DeadLettered);
            }

            return summary;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && (ex is LeaseLostException || held.Lost.IsCancellationRequested))
        {
            logger.LogWarning("Stopped reading {Source}: its lease passed to another host, which reads on from the last committed batch", source.Name);
            return IngestRunSummary.Empty;
        }
    }
}
