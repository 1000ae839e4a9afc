using Sermo.Storage.Portal;

namespace Sermo.Portal.Access;

/// <summary>
/// The audit of refused portal requests: every request an access policy turns away (no or bad credentials, wrong role,
/// another client's id) is recorded before the refusal is sent.
/// </summary>
public sealed class AccessRefusals(AccessRefusalTable table, TimeProvider time)
{
    public const string NoCredentials = "no-credentials";
    public const string Forbidden = "forbidden";
    public const string OtherClient = "other-client";

    public Task RecordAsync(string method, string path, string? caller, string reason, CancellationToken cancellationToken) =>
        table.RecordAsync(time.GetUtcNow(), method, path.Length > 1000 ? path[..1000] : path, caller, reason, cancellationToken);

    /// <summary>Newest first.</summary>
    public Task<IReadOnlyList<AccessRefusal>> ListAsync(int limit, CancellationToken cancellationToken) => table.ListAsync(limit, cancellationToken);
}
