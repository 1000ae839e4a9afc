using Sermo.Storage.Portal;

namespace Sermo.Storage.Tests.Portal;

/// <summary>API key rows on every backend: issued to enabled accounts only, and live only until expiry, revocation or a disabled account.</summary>
public abstract class PortalApiKeyTableContract : StoreTest
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private PortalApiKeyTable Keys => new(Database);

    [Fact]
    public async Task Authenticate_LiveKey_ActsAsItsAccountUntilExpiry()
    {
        await new PortalAccountTable(Database).InsertAsync(PortalAccountTableContract.Account("acct_1", "ops@sermo.test"), "OPS@SERMO.TEST", null, Ct);
        (await Keys.InsertAsync("key_1", "acct_1", "nightly", "h1", At, At.AddDays(30), Ct)).Should().BeTrue();

        var live = await Keys.AuthenticateAsync("h1", At.AddDays(29), Ct);
        var expired = await Keys.AuthenticateAsync("h1", At.AddDays(30), Ct);
        var unknown = await Keys.AuthenticateAsync("h2", At, Ct);

        live.Should().Be((PortalAccountTableContract.Account("acct_1", "ops@sermo.test"), "key_1"));
        expired.Should().BeNull();
        unknown.Should().BeNull();
    }

    [Fact]
    public async Task Authenticate_RevokedKeyOrDisabledAccount_Null()
    {
        var accounts = new PortalAccountTable(Database);
        await accounts.InsertAsync(PortalAccountTableContract.Account("acct_1", "ops@sermo.test"), "OPS@SERMO.TEST", null, Ct);
        await accounts.InsertAsync(PortalAccountTableContract.Account("acct_2", "pull@sermo.test"), "PULL@SERMO.TEST", null, Ct);
        await Keys.InsertAsync("key_1", "acct_1", "a", "h1", At, At.AddDays(30), Ct);
        await Keys.InsertAsync("key_2", "acct_2", "b", "h2", At, At.AddDays(30), Ct);

        (await Keys.RevokeAsync("key_1", At.AddHours(1), Ct)).Should().BeTrue();
        (await Keys.RevokeAsync("key_1", At.AddHours(2), Ct)).Should().BeFalse();
        await accounts.DisableAsync("PULL@SERMO.TEST", At.AddHours(1), "s", Ct);

        (await Keys.AuthenticateAsync("h1", At.AddHours(3), Ct)).Should().BeNull();
        (await Keys.AuthenticateAsync("h2", At.AddHours(3), Ct)).Should().BeNull();
        (await Keys.InsertAsync("key_3", "acct_2", "c", "h3", At, At.AddDays(30), Ct)).Should().BeFalse("a disabled account gets no key");
    }

    [Fact]
    public async Task List_OneAccountOrAll_NewestFirstWithRevocation()
    {
        await new PortalAccountTable(Database).InsertAsync(PortalAccountTableContract.Account("acct_1", "ops@sermo.test"), "OPS@SERMO.TEST", null, Ct);
        await new PortalAccountTable(Database).InsertAsync(PortalAccountTableContract.Account("acct_2", "pull@sermo.test"), "PULL@SERMO.TEST", null, Ct);
        await Keys.InsertAsync("key_1", "acct_1", "first", "h1", At, At.AddDays(30), Ct);
        await Keys.InsertAsync("key_2", "acct_1", "second", "h2", At.AddMinutes(1), At.AddDays(30), Ct);
        await Keys.InsertAsync("key_3", "acct_2", "third", "h3", At.AddMinutes(2), At.AddDays(30), Ct);

        (await Keys.RevokeAllAsync("acct_1", At.AddHours(1), Ct)).Should().Be(2);

        (await Keys.ListAsync("acct_1", Ct)).Should().Equal(
            new PortalApiKey("key_2", "acct_1", "second", At.AddMinutes(1), At.AddDays(30), At.AddHours(1)),
            new PortalApiKey("key_1", "acct_1", "first", At, At.AddDays(30), At.AddHours(1)));
        (await Keys.ListAsync(null, Ct)).Select(k => k.KeyId).Should().Equal("key_3", "key_2", "key_1");
    }
}
