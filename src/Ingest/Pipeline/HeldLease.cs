using Microsoft.Extensions.Logging;
using Sermo.Storage.Ingestion;

namespace Sermo.Ingest.Pipeline;

/// <summary>
/// A source lease this host holds while it reads the source: renewed every third of its duration, and
/// <see cref="Lost"/> is cancelled when a renewal finds that another host took the source, or when no renewal has
/// succeeded for a whole duration (the store was unreachable, so another host may have taken it). Either way the
/// batch being read is not committed: its commit checks the lease in its own transaction.
/// </summary>
public sealed class HeldLease : IAsyncDisposable
{
    private readonly ISourceLeases _leases;
    private readonly TimeSpan _duration;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _lost = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewal;

    internal HeldLease(SourceLease lease, ISourceLeases leases, TimeSpan duration, TimeProvider time, ILogger logger)
    {
        Lease = lease;
        _leases = leases;
        _duration = duration;
        _time = time;
        _logger = logger;
        _renewal = RenewAsync();
    }

    public SourceLease Lease { get; }

    public CancellationToken Lost => _lost.Token;

    /// <summary>Stops renewing and releases the lease, so any host may take the source next.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _renewal;
        if (!_lost.IsCancellationRequested)
        {
            try
            {
                await _leases.ReleaseAsync(Lease, CancellationToken.None);
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException or TimeoutException)
            {
                // Not released: it expires by itself after its duration.
                _logger.LogWarning(ex, "Could not release the lease on {Source}; it expires in {Duration}", Lease.Source, _duration);
            }
        }

        _lost.Dispose();
        _stop.Dispose();
    }

    private async Task RenewAsync()
    {
        var renewedAt = _time.GetUtcNow();
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(_duration / 3, _time, _stop.Token);
                if (!await _leases.RenewAsync(Lease, _duration, _stop.Token))
                {
                    _logger.LogWarning("Lost the lease on {Source}: another host took it over", Lease.Source);
                    await _lost.CancelAsync();
                    return;
                }

                renewedAt = _time.GetUtcNow();
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException or TimeoutException or InvalidOperationException)
            {
                _logger.LogWarning(ex, "Could not renew the lease on {Source}", Lease.Source);
                if (_time.GetUtcNow() - renewedAt >= _duration)
                {
                    await _lost.CancelAsync();
                    return;
                }
            }
        }
    }
}
