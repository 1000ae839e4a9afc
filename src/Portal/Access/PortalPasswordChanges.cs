using Sermo.Storage.Portal;

namespace Sermo.Portal.Access;

/// <summary>How a signed-in user's own password change ended.</summary>
public enum PasswordChangeOutcome
{
    Changed,

    /// <summary>The current password was wrong (it counts towards the lockout, as a failed sign-in does).</summary>
    WrongPassword,

    /// <summary>Too many wrong passwords: the account is locked as after failed sign-ins.</summary>
    Locked,

    /// <summary>The new password is too short, equals the current one, or the confirmation differs.</summary>
    Rejected,
}

/// <summary>
/// A signed-in user changes their own password with the current one. A wrong current password counts as a failed
/// sign-in, so a stolen session cannot guess it without locking the account; a change ends every session of the
/// account (new security stamp) and is audited as <see cref="PortalAccountTable.PasswordChanged"/>.
/// </summary>
public sealed class PortalPasswordChanges(PortalAccounts accounts)
{
    /// <returns>The outcome and, when changed, the account with its new stamp (the caller signs its own session in again).</returns>
    public async Task<(PasswordChangeOutcome Outcome, PortalAccount? Account, string? Problem)> ChangeAsync(
        string accountId, string currentPassword, string newPassword, string confirmation, CancellationToken cancellationToken)
    {
        if (!string.Equals(newPassword, confirmation, StringComparison.Ordinal))
        {
            return (PasswordChangeOutcome.Rejected, null, "The new password and its confirmation differ.");
        }

        if (string.Equals(newPassword, currentPassword, StringComparison.Ordinal))
        {
            return (PasswordChangeOutcome.Rejected, null, "The new password is the current one.");
        }

        try
        {
            accounts.CheckLength(newPassword);
        }
        catch (PortalAccountException ex)
        {
            return (PasswordChangeOutcome.Rejected, null, ex.Message);
        }

        var credentials = await accounts.Table.CredentialsAsync(accountId, cancellationToken);
        if (credentials is not { PasswordHash: not null, Disabled: false })
        {
            return (PasswordChangeOutcome.Rejected, null, "This account has no password to change.");
        }

        if (await accounts.CheckPasswordAsync(credentials, currentPassword, cancellationToken) is { } refused)
        {
            return refused.LockedUntil is { } until
                ? (PasswordChangeOutcome.Locked, null, $"Too many wrong passwords: the account is locked until {until:yyyy-MM-dd HH:mm} UTC.")
                : (PasswordChangeOutcome.WrongPassword, null, "The current password is wrong.");
        }

        // Re-read: a sign-in check may have re-hashed the password a moment ago.
        var read = (await accounts.Table.CredentialsAsync(accountId, cancellationToken))?.PasswordHash;
        var account = await accounts.GetAsync(accountId, cancellationToken);
        if (read is null || account is null || !await accounts.Table.SetPasswordAsync(accountId, read, PortalAccounts.HashPassword(accountId, newPassword),
                PortalAccounts.RandomId(), PortalAccountTable.PasswordChanged, "self:" + account.Email, accounts.Time.GetUtcNow(), cancellationToken))
        {
            return (PasswordChangeOutcome.Rejected, null, "The account changed meanwhile; sign in again and retry.");
        }

        return (PasswordChangeOutcome.Changed, await accounts.GetAsync(accountId, cancellationToken), null);
    }
}
