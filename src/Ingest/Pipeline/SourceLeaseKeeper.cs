using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sermo.Storage.Ingestion;

namespace Sermo.Ingest.Pipeline;

/// <summary>
/// Takes the lease of a source before this host reads it, so that with several hosts on one store each source is read
/// by one host at a time (decision 017). The holder name is unique to this process: a restarted host is a new holder.
/// </summary>
public sealed class SourceLeaseKeeper(ISourceLeases leases, IOptions<IngestOptions> options, TimeProvider time, ILogger<SourceLeaseKeeper> logger)
{
    public string Holder { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>The lease, renewed in the background until disposed; null while another host holds the source.</summary>
    public async Task<HeldLease?> TryTakeAsync(string source, CancellationToken cancellationToken)
    {
        var duration = options.Value.LeaseDuration;
        var lease = await leases.TryAcquireAsync(source, Holder, duration, cancellationToken);
        return lease is null ? null : new HeldLease(lease, leases, duration, time, logger);
    }
}
