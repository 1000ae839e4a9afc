using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Sermo.Forum.Storage;

namespace Sermo.Forum.Members;

/// <summary>
/// Checks an e-mail and password with Identity's password hasher. <see cref="ForumOptions.MaxFailedSignIns"/> failures
/// in a row lock the account for <see cref="ForumOptions.LockoutDuration"/>; while locked even the right password fails.
/// </summary>
public sealed class MemberSignIn(ForumDatabase database, TimeProvider time, IOptions<ForumOptions> options)
{
    // Verified against when the e-mail is unknown, so an unknown address costs as much time as a wrong password.
    private static readonly string DecoyHash = MemberRegistration.PasswordHasher.HashPassword("decoy", Guid.NewGuid().ToString());

    public async Task<SignInResult> SignInAsync(string email, string password, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var write = await database.BeginWriteAsync(cancellationToken);
        var accounts = await write.QueryAsync("""
            SELECT member_id, password_hash, failed_sign_ins, locked_until, security_stamp FROM forum_accounts WHERE email_key = @email
            """, r => (Id: r.GetString(0), Hash: r.GetString(1), Failed: r.GetInt32(2), LockedUntil: database.ReadTimeOrNull(r, 3), Stamp: r.GetString(4)),
            cancellationToken, ("@email", MemberRegistration.EmailKey(email ?? "")));
        if (accounts.Count == 0)
        {
            MemberRegistration.PasswordHasher.VerifyHashedPassword("decoy", DecoyHash, password ?? "");
            return new SignInResult(SignInOutcome.Failed, null, null, null);
        }

        var account = accounts[0];
        if (account.LockedUntil is { } until && until > now)
        {
            return new SignInResult(SignInOutcome.LockedOut, null, null, until);
        }

        var verdict = MemberRegistration.PasswordHasher.VerifyHashedPassword(account.Id, account.Hash, password ?? "");
        if (verdict == PasswordVerificationResult.Failed)
        {
            var failed = account.Failed + 1;
            var lockOut = failed >= options.Value.MaxFailedSignIns;
            DateTimeOffset? lockedUntil = lockOut ? now + options.Value.LockoutDuration : null;
            await write.ExecuteAsync("UPDATE forum_accounts SET failed_sign_ins = @failed, locked_until = @until WHERE member_id = @id", cancellationToken,
                ("@failed", lockOut ? 0 : failed), ("@until", lockedUntil is { } t ? database.Time(t) : null), ("@id", account.Id));
            await write.CommitAsync(now, cancellationToken);
            return lockOut
                ? new SignInResult(SignInOutcome.LockedOut, null, null, lockedUntil)
                : new SignInResult(SignInOutcome.Failed, null, null, null);
        }

        var rehash = verdict == PasswordVerificationResult.SuccessRehashNeeded
            ? MemberRegistration.PasswordHasher.HashPassword(account.Id, password!)
            : account.Hash;
        await write.ExecuteAsync("UPDATE forum_accounts SET failed_sign_ins = 0, locked_until = NULL, password_hash = @hash WHERE member_id = @id", cancellationToken,
            ("@hash", rehash), ("@id", account.Id));
        await write.CommitAsync(now, cancellationToken);
        return new SignInResult(SignInOutcome.Succeeded, account.Id, account.Stamp, null);
    }
}
