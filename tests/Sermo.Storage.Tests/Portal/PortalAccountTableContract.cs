using Sermo.Storage.Portal;

namespace Sermo.Storage.Tests.Portal;

/// <summary>The portal's account table, the same on every backend: rows, lockout counting, password changes and their audit.</summary>
public abstract class PortalAccountTableContract : StoreTest
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private PortalAccountTable Table => new(Database);

    [Fact]
    public async Task Insert_SameEmailKeyTwice_SecondRefusedFirstKept()
    {
        (await Table.InsertAsync(Account("acct_1", "ana@sermo.test"), "ANA@SERMO.TEST", "hash-1", Ct)).Should().BeTrue();

        (await Table.InsertAsync(Account("acct_2", "Ana@Sermo.test"), "ANA@SERMO.TEST", "hash-2", Ct)).Should().BeFalse();

        (await Table.ListAsync(Ct)).Should().ContainSingle().Which.Should().Be(Account("acct_1", "ana@sermo.test"));
        (await Table.FindByEmailKeyAsync("ANA@SERMO.TEST", Ct))!.AccountId.Should().Be("acct_1");
    }

    [Fact]
    public async Task Insert_ClientRoleWithoutClient_RefusedByTheTable()
    {
        var act = () => Table.InsertAsync(Account("acct_1", "acme@client.test") with { Role = "client" }, "ACME@CLIENT.TEST", null, Ct);

        await act.Should().ThrowAsync<System.Data.Common.DbException>();
    }

    [Fact]
    public async Task RecordFailedSignIn_ThirdOfThree_LocksAndRestartsTheCount()
    {
        await Table.InsertAsync(Account("acct_1", "ops@sermo.test"), "OPS@SERMO.TEST", "hash", Ct);
        var until = At.AddMinutes(15);

        var first = await Table.RecordFailedSignInAsync("acct_1", 3, until, Ct);
        var second = await Table.RecordFailedSignInAsync("acct_1", 3, until, Ct);
        var third = await Table.RecordFailedSignInAsync("acct_1", 3, until, Ct);

        first.Should().BeNull();
        second.Should().BeNull();
        third.Should().Be(until);
        (await Table.CredentialsAsync("acct_1", Ct)).Should().Be(new PortalCredentials("acct_1", "hash", 0, until, false));
        (await Table.GetAsync("acct_1", Ct))!.LockedUntil.Should().Be(until);
    }

    [Fact]
    public async Task RecordSignIn_WhileLockedOrAfterThePasswordMoved_Refused()
    {
        await Table.InsertAsync(Account("acct_1", "ops@sermo.test"), "OPS@SERMO.TEST", "hash", Ct);
        await Table.RecordFailedSignInAsync("acct_1", 1, At.AddMinutes(15), Ct);

        (await Table.RecordSignInAsync("acct_1", "hash", "hash", At.AddMinutes(5), Ct)).Should().BeFalse("the account is locked until 09:15");
        (await Table.RecordSignInAsync("acct_1", "stale", "hash", At.AddMinutes(20), Ct)).Should().BeFalse("the hash read is not the stored one");
        (await Table.RecordSignInAsync("acct_1", "hash", "rehashed", At.AddMinutes(20), Ct)).Should().BeTrue();

        (await Table.CredentialsAsync("acct_1", Ct)).Should().Be(new PortalCredentials("acct_1", "rehashed", 0, null, false));
    }

    [Fact]
    public async Task Unlock_LockedAccount_CountAndLockGoneAndAudited()
    {
        await Table.InsertAsync(Account("acct_1", "ops@sermo.test"), "OPS@SERMO.TEST", "hash", Ct);
        await Table.RecordFailedSignInAsync("acct_1", 1, At.AddMinutes(15), Ct);

        var unlocked = await Table.UnlockAsync("OPS@SERMO.TEST", "cli:root", At.AddMinutes(1), Ct);
        var unknown = await Table.UnlockAsync("NOBODY@SERMO.TEST", "cli:root", At.AddMinutes(1), Ct);

        unlocked!.LockedUntil.Should().BeNull();
        unknown.Should().BeNull();
        (await Table.ChangesAsync(10, Ct)).Should().ContainSingle().Which.Should().Be(
            new PortalAccountChange(1, At.AddMinutes(1), "acct_1", "ops@sermo.test", PortalAccountTable.Unlocked, "cli:root"));
    }

    [Fact]
    public async Task SetPassword_NewHashAndStamp_LockResetAndAuditedTogether()
    {
        await Table.InsertAsync(Account("acct_1", "ops@sermo.test"), "OPS@SERMO.TEST", "hash", Ct);
        await Table.RecordFailedSignInAsync("acct_1", 1, At.AddMinutes(15), Ct);

        (await Table.SetPasswordAsync("acct_1", null, "new-hash", "stamp-2", PortalAccountTable.PasswordSet, "portal:admin@sermo.test", At, Ct)).Should().BeTrue();

        (await Table.CredentialsAsync("acct_1", Ct)).Should().Be(new PortalCredentials("acct_1", "new-hash", 0, null, false));
        (await Table.GetAsync("acct_1", Ct))!.SecurityStamp.Should().Be("stamp-2");
        (await Table.ChangesAsync(10, Ct)).Select(c => (c.Change, c.Actor)).Should().Equal((PortalAccountTable.PasswordSet, "portal:admin@sermo.test"));
    }

    [Fact]
    public async Task SetPassword_StaleHashMachineOrDisabledAccount_NothingChangedNothingAudited()
    {
        await Table.InsertAsync(Account("acct_1", "ops@sermo.test"), "OPS@SERMO.TEST", "hash", Ct);
        await Table.InsertAsync(Account("acct_2", "robot@sermo.test"), "ROBOT@SERMO.TEST", null, Ct);
        await Table.InsertAsync(Account("acct_3", "gone@sermo.test"), "GONE@SERMO.TEST", "hash", Ct);
        await Table.DisableAsync("GONE@SERMO.TEST", At, "stamp-x", Ct);

        (await Table.SetPasswordAsync("acct_1", "stale", "new", "s", PortalAccountTable.PasswordChanged, "self", At, Ct)).Should().BeFalse();
        (await Table.SetPasswordAsync("acct_2", null, "new", "s", PortalAccountTable.PasswordSet, "cli", At, Ct)).Should().BeFalse();
        (await Table.SetPasswordAsync("acct_3", null, "new", "s", PortalAccountTable.PasswordSet, "cli", At, Ct)).Should().BeFalse();

        (await Table.CredentialsAsync("acct_1", Ct))!.PasswordHash.Should().Be("hash");
        (await Table.ChangesAsync(10, Ct)).Should().BeEmpty();
    }

    [Fact]
    public async Task Disable_ActiveAccount_StampChangedOnce()
    {
        await Table.InsertAsync(Account("acct_1", "ops@sermo.test"), "OPS@SERMO.TEST", "hash", Ct);

        (await Table.DisableAsync("OPS@SERMO.TEST", At.AddDays(1), "stamp-2", Ct)).Should().BeTrue();
        (await Table.DisableAsync("OPS@SERMO.TEST", At.AddDays(2), "stamp-3", Ct)).Should().BeFalse();

        (await Table.GetAsync("acct_1", Ct)).Should().Be(Account("acct_1", "ops@sermo.test") with { SecurityStamp = "stamp-2", DisabledAt = At.AddDays(1) });
    }

    internal static PortalAccount Account(string id, string email) => new(id, email, "operator", null, "stamp-1", At, null);
}
