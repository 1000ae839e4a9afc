namespace Sermo.Portal.Access;

/// <summary>A portal account as stored; <paramref name="ClientId"/> is set exactly when the role is <c>client</c>.</summary>
/// <param name="SecurityStamp">Changes when the account is disabled or its password changes, which ends its cookie sessions.</param>
public sealed record PortalAccount(
    string AccountId, string Email, string Role, string? ClientId, string SecurityStamp, DateTimeOffset CreatedAt, DateTimeOffset? DisabledAt)
{
    public bool Disabled => DisabledAt is not null;
}
