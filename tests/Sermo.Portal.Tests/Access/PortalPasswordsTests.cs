using Sermo.Portal.Access;
using Sermo.Storage.Portal;

namespace Sermo.Portal.Tests.Access;

/// <summary>Lockout reset, an admin's password reset and a user's own change, over a real SQLite file.</summary>
public sealed class PortalPasswordsTests : IDisposable
{
    private const string Password = "a long enough password";
    private const string NewPassword = "another long password";

    private readonly PortalStore _store = new(new PortalAccessOptions { MaxFailedSignIns = 3, LockoutDuration = TimeSpan.FromMinutes(10) });

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task Unlock_LockedAccount_RightPasswordSignsInAtOnceAndTheResetIsAudited()
    {
        await _store.Accounts.CreateAsync("ops@sermo.test", PortalRoles.Operator, null, Password, CancellationToken.None);
        for (var i = 0; i < 3; i++)
        {
            await _store.Accounts.SignInAsync("ops@sermo.test", "wrong", CancellationToken.None);
        }

        (await _store.Accounts.SignInAsync("ops@sermo.test", Password, CancellationToken.None)).LockedUntil.Should().NotBeNull();

        await _store.Accounts.UnlockAsync("OPS@sermo.test", "cli:root", CancellationToken.None);

        (await _store.Accounts.SignInAsync("ops@sermo.test", Password, CancellationToken.None)).Succeeded.Should().BeTrue();
        (await _store.AccountTable.ChangesAsync(10, CancellationToken.None)).Should().ContainSingle()
            .Which.Should().Match<PortalAccountChange>(c => c.Email == "ops@sermo.test" && c.Change == PortalAccountTable.Unlocked && c.Actor == "cli:root");
    }

    [Fact]
    public async Task Unlock_UnknownEmail_RefusedNamingIt()
    {
        var act = () => _store.Accounts.UnlockAsync("nobody@sermo.test", "cli:root", CancellationToken.None);

        (await act.Should().ThrowAsync<PortalAccountException>()).Which.Message.Should().Contain("nobody@sermo.test");
    }

    [Fact]
    public async Task SetPassword_ByAdmin_OldPasswordFailsNewSignsInStampChangedAndAudited()
    {
        var created = await _store.Accounts.CreateAsync("ana@sermo.test", PortalRoles.Analyst, null, Password, CancellationToken.None);

        var changed = await _store.Accounts.SetPasswordAsync("ana@sermo.test", NewPassword, "portal:root@sermo.test", CancellationToken.None);

        changed.SecurityStamp.Should().NotBe(created.SecurityStamp, "the account's sessions end");
        (await _store.Accounts.SignInAsync("ana@sermo.test", Password, CancellationToken.None)).Succeeded.Should().BeFalse();
        (await _store.Accounts.SignInAsync("ana@sermo.test", NewPassword, CancellationToken.None)).Succeeded.Should().BeTrue();
        (await _store.AccountTable.ChangesAsync(10, CancellationToken.None)).Should().ContainSingle()
            .Which.Should().Match<PortalAccountChange>(c => c.Change == PortalAccountTable.PasswordSet && c.Actor == "portal:root@sermo.test");
        _store.StoredText().Should().NotContain(NewPassword, "only the hash is stored");
    }

    [Theory]
    [InlineData("robot@acme.test", "a long enough password", "machine accounts")]
    [InlineData("ana@sermo.test", "short", "shorter than 12")]
    [InlineData("nobody@sermo.test", "a long enough password", "No active portal account")]
    public async Task SetPassword_MachineAccountShortPasswordOrUnknown_Refused(string email, string password, string reason)
    {
        await _store.Accounts.CreateAsync("robot@acme.test", PortalRoles.Client, "acme", null, CancellationToken.None);
        await _store.Accounts.CreateAsync("ana@sermo.test", PortalRoles.Analyst, null, Password, CancellationToken.None);

        var act = () => _store.Accounts.SetPasswordAsync(email, password, "cli:root", CancellationToken.None);

        (await act.Should().ThrowAsync<PortalAccountException>()).Which.Message.Should().Contain(reason);
        (await _store.AccountTable.ChangesAsync(10, CancellationToken.None)).Should().BeEmpty();
    }

    [Fact]
    public async Task Change_RightCurrentPassword_NewOneSignsInAndAuditedAsTheUsersOwn()
    {
        var account = await _store.Accounts.CreateAsync("ana@sermo.test", PortalRoles.Analyst, null, Password, CancellationToken.None);

        var (outcome, changed, _) = await _store.PasswordChanges.ChangeAsync(account.AccountId, Password, NewPassword, NewPassword, CancellationToken.None);

        outcome.Should().Be(PasswordChangeOutcome.Changed);
        changed!.SecurityStamp.Should().NotBe(account.SecurityStamp);
        (await _store.Accounts.SignInAsync("ana@sermo.test", NewPassword, CancellationToken.None)).Succeeded.Should().BeTrue();
        (await _store.AccountTable.ChangesAsync(10, CancellationToken.None)).Should().ContainSingle()
            .Which.Should().Match<PortalAccountChange>(c => c.Change == PortalAccountTable.PasswordChanged && c.Actor == "self:ana@sermo.test");
    }

    [Fact]
    public async Task Change_WrongCurrentPasswordThreeTimes_LocksTheAccountAsFailedSignInsDo()
    {
        var account = await _store.Accounts.CreateAsync("ana@sermo.test", PortalRoles.Analyst, null, Password, CancellationToken.None);

        var outcomes = new List<PasswordChangeOutcome>();
        for (var i = 0; i < 4; i++)
        {
            outcomes.Add((await _store.PasswordChanges.ChangeAsync(account.AccountId, "a wrong guess!", NewPassword, NewPassword, CancellationToken.None)).Outcome);
        }

        outcomes.Should().Equal(PasswordChangeOutcome.WrongPassword, PasswordChangeOutcome.WrongPassword, PasswordChangeOutcome.Locked, PasswordChangeOutcome.Locked);
        (await _store.Accounts.SignInAsync("ana@sermo.test", Password, CancellationToken.None)).LockedUntil.Should().NotBeNull();
        (await _store.AccountTable.ChangesAsync(10, CancellationToken.None)).Should().BeEmpty();
    }

    [Theory]
    [InlineData("another long password", "a different confirmation", "confirmation differ")]
    [InlineData("short", "short", "shorter than 12")]
    [InlineData(Password, Password, "is the current one")]
    public async Task Change_BadNewPassword_RejectedAndTheOldOneStillWorks(string newPassword, string confirmation, string reason)
    {
        var account = await _store.Accounts.CreateAsync("ana@sermo.test", PortalRoles.Analyst, null, Password, CancellationToken.None);

        var (outcome, _, problem) = await _store.PasswordChanges.ChangeAsync(account.AccountId, Password, newPassword, confirmation, CancellationToken.None);

        outcome.Should().Be(PasswordChangeOutcome.Rejected);
        problem.Should().Contain(reason);
        (await _store.Accounts.SignInAsync("ana@sermo.test", Password, CancellationToken.None)).Succeeded.Should().BeTrue();
    }
}
