using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Sermo.Ingest.Retention;

/// <summary>
/// Deletes retained raw files whose window has passed (<see cref="RawFileRetention.Sweep"/>): at start, then every
/// <see cref="IngestOptions.RawRetentionSweepInterval"/> on the host's clock, apart from the ingest cycle, so a busy or
/// failing cycle never holds a file past its window.
/// </summary>
public sealed class RawRetentionWorker(RawFileRetention retention, IOptions<IngestOptions> options, TimeProvider time, ILogger<RawRetentionWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                retention.Sweep();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A file another process holds is retried at the next sweep; the error is the operator's to see.
                logger.LogError(ex, "Raw file sweep failed; retrying in {Interval}", options.Value.RawRetentionSweepInterval);
            }

            try
            {
                await Task.Delay(options.Value.RawRetentionSweepInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }
}
