namespace Sermo.Storage.Ingestion;

/// <summary>
/// One holding of a source's lease. <see cref="Token"/> grows every time the source changes hands, so a batch read under
/// an old holding can be told apart from one read under the current holding (decision 017).
/// </summary>
public sealed record SourceLease(string Source, string Holder, long Token);

/// <summary>
/// Which host reads each ingest source: a holder takes a source's lease, renews it while it reads, and every batch it
/// commits checks in the same transaction that the lease is still its own. Expiry is judged by the database's clock.
/// </summary>
public interface ISourceLeases
{
    /// <summary>
    /// Takes the source for <paramref name="holder"/> for <paramref name="duration"/> if nobody holds it, the holding
    /// expired, or it is already the holder's (then extended, same token); null while another holder's lease is live.
    /// </summary>
    Task<SourceLease?> TryAcquireAsync(string source, string holder, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Extends a holding for <paramref name="duration"/> from now; false when the source has changed hands.</summary>
    Task<bool> RenewAsync(SourceLease lease, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Ends a holding at once, so any host may take the source next (a no-op if it changed hands).</summary>
    Task ReleaseAsync(SourceLease lease, CancellationToken cancellationToken);
}

/// <summary>A batch was refused because the source changed hands since its holder took it: the new holder reads it again.</summary>
public sealed class LeaseLostException(SourceLease lease)
    : Exception($"The lease on '{lease.Source}' held by {lease.Holder} (token {lease.Token}) was taken over; the batch was not committed.")
{
    public SourceLease Lease { get; } = lease;
}
