using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Sermo.Storage.Portal;

namespace Sermo.Portal.Access;

/// <summary>
/// Portal accounts: created by an admin (the <c>portal user</c> verb), signed in with Identity's password hasher.
/// <see cref="PortalAccessOptions.MaxFailedSignIns"/> failures in a row lock an account for
/// <see cref="PortalAccessOptions.LockoutDuration"/>; while locked even the right password fails. An admin resets a
/// lockout or sets a new password; a signed-in user changes their own (<see cref="PortalPasswordChanges"/>).
/// </summary>
public sealed class PortalAccounts(PortalAccountTable table, TimeProvider time, IOptions<PortalAccessOptions> options)
{
    private static readonly PasswordHasher<string> Hasher = new();

    // Verified against when the e-mail is unknown, so an unknown address costs as much time as a wrong password.
    private static readonly string DecoyHash = Hasher.HashPassword("decoy", Guid.NewGuid().ToString());

    internal PortalAccountTable Table => table;

    internal TimeProvider Time => time;

    /// <param name="password">Null for a machine account, which signs in only with API keys.</param>
    public async Task<PortalAccount> CreateAsync(string email, string role, string? clientId, string? password, CancellationToken cancellationToken)
    {
        Validate(email, role, clientId, password);
        var account = new PortalAccount("acct_" + RandomId(), email.Trim(), role, clientId, RandomId(), time.GetUtcNow(), null);
        var hash = password is null ? null : Hasher.HashPassword(account.AccountId, password);
        return await table.InsertAsync(account, EmailKey(email), hash, cancellationToken)
            ? account
            : throw new PortalAccountException($"An account with e-mail '{email.Trim()}' exists already.");
    }

    public Task<PortalAccount?> GetAsync(string accountId, CancellationToken cancellationToken) => table.GetAsync(accountId, cancellationToken);

    public Task<PortalAccount?> FindByEmailAsync(string email, CancellationToken cancellationToken) => table.FindByEmailKeyAsync(EmailKey(email), cancellationToken);

    public Task<IReadOnlyList<PortalAccount>> ListAsync(CancellationToken cancellationToken) => table.ListAsync(cancellationToken);

    public async Task<PortalSignInResult> SignInAsync(string email, string password, CancellationToken cancellationToken)
    {
        var found = await table.CredentialsByEmailKeyAsync(EmailKey(email ?? ""), cancellationToken);
        if (found is not { PasswordHash: not null, Disabled: false } account)
        {
            Hasher.VerifyHashedPassword("decoy", DecoyHash, password ?? "");
            return PortalSignInResult.Failed;
        }

        return await CheckPasswordAsync(account, password ?? "", cancellationToken) is { } locked
            ? locked
            : PortalSignInResult.SignedIn((await GetAsync(account.AccountId, cancellationToken))!);
    }

    /// <summary>Disables an account: its sessions end (new stamp) and its keys stop working. Returns false when there is no such account.</summary>
    public Task<bool> DisableAsync(string email, CancellationToken cancellationToken) =>
        table.DisableAsync(EmailKey(email), time.GetUtcNow(), RandomId(), cancellationToken);

    /// <summary>Ends an account's lockout and forgets its failed sign-ins, audited with <paramref name="actor"/>.</summary>
    /// <exception cref="PortalAccountException">No account has that e-mail.</exception>
    public async Task<PortalAccount> UnlockAsync(string email, string actor, CancellationToken cancellationToken) =>
        await table.UnlockAsync(EmailKey(email), actor, time.GetUtcNow(), cancellationToken)
            ?? throw new PortalAccountException($"No portal account with e-mail '{email}'.");

    /// <summary>
    /// Sets a new password for an account (an admin's reset): its sessions end, its lockout is reset, the change is
    /// audited with <paramref name="actor"/>. API keys keep working (they are not the password).
    /// </summary>
    /// <exception cref="PortalAccountException">No active account with a password has that e-mail, or the password is too short.</exception>
    public async Task<PortalAccount> SetPasswordAsync(string email, string password, string actor, CancellationToken cancellationToken)
    {
        CheckLength(password);
        var account = await FindByEmailAsync(email, cancellationToken);
        if (account is null || account.Disabled
            || !await table.SetPasswordAsync(account.AccountId, null, Hasher.HashPassword(account.AccountId, password), RandomId(),
                PortalAccountTable.PasswordSet, actor, time.GetUtcNow(), cancellationToken))
        {
            throw new PortalAccountException($"No active portal account with a password and e-mail '{email}' (machine accounts sign in with keys only).");
        }

        return (await GetAsync(account.AccountId, cancellationToken))!;
    }

    /// <summary>
    /// Checks a password against stored credentials as a sign-in does: a wrong one counts towards the lockout.
    /// Null when it is right (failures forgotten, re-hashed if the hasher asks), else the failed or locked result.
    /// </summary>
    internal async Task<PortalSignInResult?> CheckPasswordAsync(PortalCredentials account, string password, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (account.LockedUntil is { } until && until > now)
        {
            return PortalSignInResult.Locked(until);
        }

        var verdict = Hasher.VerifyHashedPassword(account.AccountId, account.PasswordHash!, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            return await table.RecordFailedSignInAsync(account.AccountId, options.Value.MaxFailedSignIns, now + options.Value.LockoutDuration, cancellationToken) is { } locked
                ? PortalSignInResult.Locked(locked)
                : PortalSignInResult.Failed;
        }

        var hash = verdict == PasswordVerificationResult.SuccessRehashNeeded ? Hasher.HashPassword(account.AccountId, password) : account.PasswordHash!;
        return await table.RecordSignInAsync(account.AccountId, account.PasswordHash!, hash, now, cancellationToken) ? null : PortalSignInResult.Failed;
    }

    internal static string HashPassword(string accountId, string password) => Hasher.HashPassword(accountId, password);

    internal static string RandomId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    internal void CheckLength(string? password)
    {
        if (password is null || password.Length < options.Value.MinPasswordLength)
        {
            throw new PortalAccountException($"The password is shorter than {options.Value.MinPasswordLength} characters.");
        }
    }

    private static string EmailKey(string email) => email.Trim().ToUpperInvariant();

    private void Validate(string email, string role, string? clientId, string? password)
    {
        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@', StringComparison.Ordinal) || email.Trim().Length > 254)
        {
            throw new PortalAccountException($"'{email}' is not an e-mail address.");
        }

        if (!PortalRoles.IsKnown(role))
        {
            throw new PortalAccountException($"Unknown role '{role}'; use one of {string.Join(", ", PortalRoles.All)}.");
        }

        if ((role == PortalRoles.Client) != !string.IsNullOrWhiteSpace(clientId))
        {
            throw new PortalAccountException(role == PortalRoles.Client
                ? "A client account needs the client id it reads for."
                : $"Only a client account is bound to a client id; role '{role}' reads no client's reports.");
        }

        if (password is not null)
        {
            CheckLength(password);
        }
    }
}
