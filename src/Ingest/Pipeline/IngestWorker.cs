using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sermo.Storage.Search;

namespace Sermo.Ingest.Pipeline;

/// <summary>
/// The hosted ingest worker: one cycle over all sources, then a pause, until the host stops (or after the one cycle
/// when <see cref="IngestCycle.SingleCycle"/> is set). On shutdown the pipeline commits what it has already read, and
/// the next start resumes from the checkpoints.
/// </summary>
public sealed class IngestWorker(IngestCycle cycle, IOptions<IngestOptions> options, TimeProvider time, ILogger<IngestWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await cycle.RunAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (SearchIndexUnavailableException ex)
            {
                // The store has the batch and the search backlog keeps it; one line says why the index is behind.
                logger.LogError("Ingest cycle stopped: {Reason}; retrying in {Interval}", ex.Message, options.Value.PollInterval);
            }
            catch (Exception ex)
            {
                // A failing source must not kill the host; the cycle is retried after the poll interval.
                logger.LogError(ex, "Ingest cycle failed; retrying in {Interval}", options.Value.PollInterval);
            }

            if (cycle.SingleCycle)
            {
                break;
            }

            try
            {
                await Task.Delay(options.Value.PollInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }
}
