using Sermo.Portal.Access;

namespace Sermo.Portal.Tests.Access;

public sealed class PortalAccountsTests : IDisposable
{
    private const string Password = "a long enough password";

    private readonly PortalStore _store = new(new PortalAccessOptions { MaxFailedSignIns = 3, LockoutDuration = TimeSpan.FromMinutes(10) });

    public void Dispose() => _store.Dispose();

    [Theory]
    [InlineData("a@b.test", PortalRoles.Client, null, "needs the client id")]
    [InlineData("a@b.test", PortalRoles.Analyst, "acme", "Only a client account is bound")]
    [InlineData("a@b.test", "superuser", null, "Unknown role 'superuser'")]
    [InlineData("not-an-email", PortalRoles.Analyst, null, "is not an e-mail address")]
    public async Task Create_RoleAndClientDoNotFit_RefusedNamingWhy(string email, string role, string? client, string expected)
    {
        var act = () => _store.Accounts.CreateAsync(email, role, client, Password, CancellationToken.None);

        (await act.Should().ThrowAsync<PortalAccountException>()).Which.Message.Should().Contain(expected);
    }

    [Fact]
    public async Task Create_SameEmailInOtherCase_RefusedAsDuplicate()
    {
        await _store.Accounts.CreateAsync("Ana@Sermo.test", PortalRoles.Analyst, null, Password, CancellationToken.None);

        var act = () => _store.Accounts.CreateAsync("ana@sermo.TEST", PortalRoles.Operator, null, Password, CancellationToken.None);

        (await act.Should().ThrowAsync<PortalAccountException>()).Which.Message.Should().Contain("exists already");
    }

    [Fact]
    public async Task Create_ShortPassword_Refused()
    {
        var act = () => _store.Accounts.CreateAsync("a@b.test", PortalRoles.Analyst, null, "short", CancellationToken.None);

        (await act.Should().ThrowAsync<PortalAccountException>()).Which.Message.Should().Contain("shorter than 12");
    }

    [Fact]
    public async Task SignIn_RightPassword_ReturnsTheAccountWithItsRoleAndClient()
    {
        var created = await _store.Accounts.CreateAsync("acme@client.test", PortalRoles.Client, "acme", Password, CancellationToken.None);

        var result = await _store.Accounts.SignInAsync("ACME@client.test", Password, CancellationToken.None);

        result.Succeeded.Should().BeTrue();
        result.Account.Should().BeEquivalentTo(new { created.AccountId, Role = PortalRoles.Client, ClientId = "acme" });
    }

    [Fact]
    public async Task SignIn_ThreeWrongPasswords_LockedEvenForTheRightOneUntilTheLockoutEnds()
    {
        await _store.Accounts.CreateAsync("ops@sermo.test", PortalRoles.Operator, null, Password, CancellationToken.None);

        (await _store.Accounts.SignInAsync("ops@sermo.test", "wrong 1", CancellationToken.None)).Should().Be(PortalSignInResult.Failed);
        (await _store.Accounts.SignInAsync("ops@sermo.test", "wrong 2", CancellationToken.None)).Should().Be(PortalSignInResult.Failed);
        var third = await _store.Accounts.SignInAsync("ops@sermo.test", "wrong 3", CancellationToken.None);
        _store.Clock.Advance(TimeSpan.FromMinutes(9));
        var rightWhileLocked = await _store.Accounts.SignInAsync("ops@sermo.test", Password, CancellationToken.None);
        _store.Clock.Advance(TimeSpan.FromMinutes(2));
        var rightAfter = await _store.Accounts.SignInAsync("ops@sermo.test", Password, CancellationToken.None);

        third.LockedUntil.Should().Be(new DateTimeOffset(2026, 12, 1, 9, 10, 0, TimeSpan.Zero));
        rightWhileLocked.Succeeded.Should().BeFalse();
        rightWhileLocked.LockedUntil.Should().Be(third.LockedUntil);
        rightAfter.Succeeded.Should().BeTrue();
    }

    [Fact]
    public async Task SignIn_UnknownEmailMachineAccountOrDisabled_Fails()
    {
        await _store.Accounts.CreateAsync("robot@client.test", PortalRoles.Client, "acme", null, CancellationToken.None);
        await _store.Accounts.CreateAsync("gone@sermo.test", PortalRoles.Analyst, null, Password, CancellationToken.None);
        (await _store.Accounts.DisableAsync("gone@sermo.test", CancellationToken.None)).Should().BeTrue();

        (await _store.Accounts.SignInAsync("nobody@sermo.test", Password, CancellationToken.None)).Succeeded.Should().BeFalse();
        (await _store.Accounts.SignInAsync("robot@client.test", "", CancellationToken.None)).Succeeded.Should().BeFalse();
        (await _store.Accounts.SignInAsync("gone@sermo.test", Password, CancellationToken.None)).Succeeded.Should().BeFalse();
    }

    [Fact]
    public async Task Store_Password_OnlyItsHashIsWritten()
    {
        await _store.Accounts.CreateAsync("ana@sermo.test", PortalRoles.Analyst, null, Password, CancellationToken.None);

        var stored = _store.StoredText();

        stored.Should().Contain("ana@sermo.test").And.NotContain(Password);
    }
}
