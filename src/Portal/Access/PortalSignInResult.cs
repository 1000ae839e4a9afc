using Sermo.Storage.Portal;

namespace Sermo.Portal.Access;

/// <summary>How a password sign-in ended: the account when it succeeded, the end of the lockout when locked.</summary>
public sealed record PortalSignInResult(PortalAccount? Account, DateTimeOffset? LockedUntil)
{
    public static readonly PortalSignInResult Failed = new(null, null);

    public bool Succeeded => Account is not null;

    public static PortalSignInResult SignedIn(PortalAccount account) => new(account, null);

    public static PortalSignInResult Locked(DateTimeOffset until) => new(null, until);
}
