namespace Sermo.Storage.Portal;

/// <summary>A portal account as stored; <paramref name="ClientId"/> is set exactly when the role is <c>client</c>.</summary>
/// <param name="SecurityStamp">Changes when the account is disabled or its password changes, which ends its cookie sessions.</param>
/// <param name="LockedUntil">Set after too many failed sign-ins (it may lie in the past: the lockout is over).</param>
public sealed record PortalAccount(
    string AccountId, string Email, string Role, string? ClientId, string SecurityStamp, DateTimeOffset CreatedAt, DateTimeOffset? DisabledAt,
    DateTimeOffset? LockedUntil = null)
{
    public bool Disabled => DisabledAt is not null;
}

/// <summary>What a password check needs of an account: its hash (null for a machine account), failures so far, lockout.</summary>
public sealed record PortalCredentials(string AccountId, string? PasswordHash, int FailedSignIns, DateTimeOffset? LockedUntil, bool Disabled);

/// <summary>A stored key, without its secret.</summary>
public sealed record PortalApiKey(string KeyId, string AccountId, string Name, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt);

/// <summary>One refused request to a portal endpoint: when, what, whose credentials (null: none or invalid), why.</summary>
public sealed record AccessRefusal(long Id, DateTimeOffset At, string Method, string Path, string? Caller, string Reason);

/// <summary>One audited change to an account's sign-in (a lockout reset, a password set or changed): when, what, by whom.</summary>
public sealed record PortalAccountChange(long Id, DateTimeOffset At, string AccountId, string Email, string Change, string Actor);
