using Sermo.Portal.Access;

namespace Sermo.Portal.Tests.Access;

public sealed class PortalApiKeysTests : IDisposable
{
    private readonly PortalStore _store = new(new PortalAccessOptions { KeyLifetime = TimeSpan.FromDays(30), MaxKeyLifetime = TimeSpan.FromDays(60) });

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task Authenticate_IssuedKey_ActsAsItsAccountAndOnlyTheHashIsStored()
    {
        var account = await _store.Accounts.CreateAsync("robot@client.test", PortalRoles.Client, "acme", null, CancellationToken.None);

        var issued = await _store.Keys.IssueAsync(account.AccountId, "nightly pull", null, CancellationToken.None);
        var found = await _store.Keys.AuthenticateAsync(issued.Key, CancellationToken.None);

        issued.Key.Should().StartWith(PortalApiKeys.Prefix);
        issued.ExpiresAt.Should().Be(_store.Clock.GetUtcNow().AddDays(30));
        found!.Value.Account.Should().BeEquivalentTo(new { account.AccountId, ClientId = "acme", Role = PortalRoles.Client });
        found.Value.KeyId.Should().Be(issued.KeyId);
        _store.StoredText().Should().Contain(issued.KeyId).And.NotContain(issued.Key[PortalApiKeys.Prefix.Length..]);
    }

    [Fact]
    public async Task Authenticate_AfterExpiry_Null()
    {
        var account = await _store.Accounts.CreateAsync("ana@sermo.test", PortalRoles.Analyst, null, null, CancellationToken.None);
        var issued = await _store.Keys.IssueAsync(account.AccountId, "short", TimeSpan.FromDays(1), CancellationToken.None);

        _store.Clock.Advance(TimeSpan.FromDays(1) - TimeSpan.FromSeconds(1));
        var before = await _store.Keys.AuthenticateAsync(issued.Key, CancellationToken.None);
        _store.Clock.Advance(TimeSpan.FromSeconds(1));
        var at = await _store.Keys.AuthenticateAsync(issued.Key, CancellationToken.None);

        before.Should().NotBeNull();
        at.Should().BeNull();
    }

    [Fact]
    public async Task Authenticate_RevokedKeyOrDisabledAccount_NullAndOtherKeysUnaffected()
    {
        var ana = await _store.Accounts.CreateAsync("ana@sermo.test", PortalRoles.Analyst, null, null, CancellationToken.None);
        var ops = await _store.Accounts.CreateAsync("ops@sermo.test", PortalRoles.Operator, null, null, CancellationToken.None);
        var revoked = await _store.Keys.IssueAsync(ana.AccountId, "old", null, CancellationToken.None);
        var kept = await _store.Keys.IssueAsync(ana.AccountId, "new", null, CancellationToken.None);
        var disabled = await _store.Keys.IssueAsync(ops.AccountId, "ops", null, CancellationToken.None);

        (await _store.Keys.RevokeAsync(revoked.KeyId, CancellationToken.None)).Should().BeTrue();
        (await _store.Keys.RevokeAsync(revoked.KeyId, CancellationToken.None)).Should().BeFalse("it is revoked already");
        await _store.Accounts.DisableAsync("ops@sermo.test", CancellationToken.None);

        (await _store.Keys.AuthenticateAsync(revoked.Key, CancellationToken.None)).Should().BeNull();
        (await _store.Keys.AuthenticateAsync(disabled.Key, CancellationToken.None)).Should().BeNull();
        (await _store.Keys.AuthenticateAsync(kept.Key, CancellationToken.None)).Should().NotBeNull();
        (await _store.Keys.ListAsync(ana.AccountId, CancellationToken.None)).Select(k => (k.Name, Revoked: k.RevokedAt is not null))
            .Should().BeEquivalentTo([("old", true), ("new", false)]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("sermo_pk_")]
    [InlineData("sermo_pk_guessed-key-that-was-never-issued")]
    [InlineData("Bearer sermo_pk_x")]
    public async Task Authenticate_UnknownOrMalformed_Null(string key)
    {
        (await _store.Keys.AuthenticateAsync(key, CancellationToken.None)).Should().BeNull();
    }

    [Fact]
    public async Task Issue_LifetimeOverTheMaximumOrForDisabledAccount_Refused()
    {
        var ana = await _store.Accounts.CreateAsync("ana@sermo.test", PortalRoles.Analyst, null, null, CancellationToken.None);
        var tooLong = () => _store.Keys.IssueAsync(ana.AccountId, "forever", TimeSpan.FromDays(61), CancellationToken.None);
        await _store.Accounts.DisableAsync("ana@sermo.test", CancellationToken.None);
        var disabled = () => _store.Keys.IssueAsync(ana.AccountId, "late", null, CancellationToken.None);

        (await tooLong.Should().ThrowAsync<PortalAccountException>()).Which.Message.Should().Contain("60 days");
        (await disabled.Should().ThrowAsync<PortalAccountException>()).Which.Message.Should().Contain("No enabled account");
    }
}
