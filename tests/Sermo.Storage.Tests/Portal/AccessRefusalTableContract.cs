using Sermo.Storage.Portal;

namespace Sermo.Storage.Tests.Portal;

/// <summary>The refusal audit on every backend: every row kept, newest first, a missing caller kept as null.</summary>
public abstract class AccessRefusalTableContract : StoreTest
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task List_TwoRefusals_NewestFirstWithinTheLimit()
    {
        var table = new AccessRefusalTable(Database);
        await table.RecordAsync(At, "GET", "/api/clients/acme/reports", null, "no-credentials", Ct);
        await table.RecordAsync(At.AddSeconds(1), "POST", "/portal/admin", "acct_1", "forbidden", Ct);

        (await table.ListAsync(10, Ct)).Should().Equal(
            new AccessRefusal(2, At.AddSeconds(1), "POST", "/portal/admin", "acct_1", "forbidden"),
            new AccessRefusal(1, At, "GET", "/api/clients/acme/reports", null, "no-credentials"));
        (await table.ListAsync(1, Ct)).Should().ContainSingle().Which.Id.Should().Be(2);
    }
}
