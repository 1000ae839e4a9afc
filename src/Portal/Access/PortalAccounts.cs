using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Sermo.Portal.Access;

/// <summary>
/// Portal accounts: created by an admin (the <c>portal user</c> verb), signed in with Identity's password hasher.
/// <see cref="PortalAccessOptions.MaxFailedSignIns"/> failures in a row lock an account for
/// <see cref="PortalAccessOptions.LockoutDuration"/>; while locked even the right password fails.
/// </summary>
public sealed class PortalAccounts(PortalDatabase database, TimeProvider time, IOptions<PortalAccessOptions> options)
{
    private const string Columns = "account_id, email, role, client_id, security_stamp, created_at, disabled_at";

    private static readonly PasswordHasher<string> Hasher = new();

    // Verified against when the e-mail is unknown, so an unknown address costs as much time as a wrong password.
    private static readonly string DecoyHash = Hasher.HashPassword("decoy", Guid.NewGuid().ToString());

    /// <param name="password">Null for a machine account, which signs in only with API keys.</param>
    public async Task<PortalAccount> CreateAsync(string email, string role, string? clientId, string? password, CancellationToken cancellationToken)
    {
        Validate(email, role, clientId, password);
        var account = new PortalAccount("acct_" + RandomId(), email.Trim(), role, clientId, RandomId(), time.GetUtcNow(), null);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO portal_accounts(account_id, email_key, email, role, client_id, password_hash, security_stamp, created_at)
            VALUES ($id, $key, $email, $role, $client, $hash, $stamp, $at)
            """;
        command.Parameters.AddWithValue("$id", account.AccountId);
        command.Parameters.AddWithValue("$key", EmailKey(email));
        command.Parameters.AddWithValue("$email", account.Email);
        command.Parameters.AddWithValue("$role", role);
        command.Parameters.AddWithValue("$client", (object?)clientId ?? DBNull.Value);
        command.Parameters.AddWithValue("$hash", password is null ? DBNull.Value : Hasher.HashPassword(account.AccountId, password));
        command.Parameters.AddWithValue("$stamp", account.SecurityStamp);
        command.Parameters.AddWithValue("$at", PortalDatabase.Time(account.CreatedAt));
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 19)
        {
            throw new PortalAccountException($"An account with e-mail '{email.Trim()}' exists already.");
        }

        return account;
    }

    public Task<PortalAccount?> GetAsync(string accountId, CancellationToken cancellationToken) =>
        SingleAsync("account_id = $value", accountId, cancellationToken);

    public Task<PortalAccount?> FindByEmailAsync(string email, CancellationToken cancellationToken) =>
        SingleAsync("email_key = $value", EmailKey(email), cancellationToken);

    public async Task<IReadOnlyList<PortalAccount>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM portal_accounts ORDER BY email_key";
        return await ReadAsync(command, cancellationToken);
    }

    public async Task<PortalSignInResult> SignInAsync(string email, string password, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = """
            SELECT account_id, password_hash, failed_sign_ins, locked_until, disabled_at FROM portal_accounts WHERE email_key = $email
            """;
        command.Parameters.AddWithValue("$email", EmailKey(email ?? ""));
        (string Id, string? Hash, int Failed, DateTimeOffset? LockedUntil, bool Disabled)? found = null;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                found = (reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetInt32(2),
                    PortalDatabase.ReadTimeOrNull(reader, 3), !reader.IsDBNull(4));
            }
        }

        if (found is not { Hash: not null, Disabled: false } account)
        {
            Hasher.VerifyHashedPassword("decoy", DecoyHash, password ?? "");
            return PortalSignInResult.Failed;
        }

        if (account.LockedUntil is { } until && until > now)
        {
            return PortalSignInResult.Locked(until);
        }

        var verdict = Hasher.VerifyHashedPassword(account.Id, account.Hash, password ?? "");
        command.Parameters.Clear();
        command.Parameters.AddWithValue("$id", account.Id);
        if (verdict == PasswordVerificationResult.Failed)
        {
            var failed = account.Failed + 1;
            var lockOut = failed >= options.Value.MaxFailedSignIns;
            var lockedUntil = now + options.Value.LockoutDuration;
            command.CommandText = "UPDATE portal_accounts SET failed_sign_ins = $failed, locked_until = $until WHERE account_id = $id";
            command.Parameters.AddWithValue("$failed", lockOut ? 0 : failed);
            command.Parameters.AddWithValue("$until", lockOut ? PortalDatabase.Time(lockedUntil) : DBNull.Value);
            await command.ExecuteNonQueryAsync(cancellationToken);
            await tx.CommitAsync(cancellationToken);
            return lockOut ? PortalSignInResult.Locked(lockedUntil) : PortalSignInResult.Failed;
        }

        command.CommandText = "UPDATE portal_accounts SET failed_sign_ins = 0, locked_until = NULL, password_hash = $hash WHERE account_id = $id";
        command.Parameters.AddWithValue("$hash", verdict == PasswordVerificationResult.SuccessRehashNeeded ? Hasher.HashPassword(account.Id, password!) : account.Hash);
        await command.ExecuteNonQueryAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return PortalSignInResult.SignedIn((await GetAsync(account.Id, cancellationToken))!);
    }

    /// <summary>Disables an account: its sessions end (new stamp) and its keys stop working. Returns false when there is no such account.</summary>
    public async Task<bool> DisableAsync(string email, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE portal_accounts SET disabled_at = $at, security_stamp = $stamp WHERE email_key = $email AND disabled_at IS NULL";
        command.Parameters.AddWithValue("$at", PortalDatabase.Time(time.GetUtcNow()));
        command.Parameters.AddWithValue("$stamp", RandomId());
        command.Parameters.AddWithValue("$email", EmailKey(email));
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    internal static async Task<IReadOnlyList<PortalAccount>> ReadAsync(SqliteCommand command, CancellationToken cancellationToken, int offset = 0)
    {
        var accounts = new List<PortalAccount>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            accounts.Add(Read(reader, offset));
        }

        return accounts;
    }

    /// <summary>An account from <see cref="Columns"/> starting at <paramref name="offset"/>.</summary>
    internal static PortalAccount Read(SqliteDataReader reader, int offset) => new(
        reader.GetString(offset), reader.GetString(offset + 1), reader.GetString(offset + 2), reader.IsDBNull(offset + 3) ? null : reader.GetString(offset + 3),
        reader.GetString(offset + 4), PortalDatabase.ReadTime(reader, offset + 5), PortalDatabase.ReadTimeOrNull(reader, offset + 6));

    internal static string AccountColumns(string alias) => string.Join(", ", Columns.Split(", ").Select(c => alias + "." + c));

    internal static string RandomId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

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

        if (password is not null && password.Length < options.Value.MinPasswordLength)
        {
            throw new PortalAccountException($"The password is shorter than {options.Value.MinPasswordLength} characters.");
        }
    }

    private async Task<PortalAccount?> SingleAsync(string where, string value, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM portal_accounts WHERE {where}";
        command.Parameters.AddWithValue("$value", value);
        return (await ReadAsync(command, cancellationToken)).SingleOrDefault();
    }
}
