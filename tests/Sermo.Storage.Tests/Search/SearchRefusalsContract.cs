using Sermo.Storage.Search;

namespace Sermo.Storage.Tests.Search;

/// <summary>The refused-search audit (privacy rule P12) on each store backend: who, when, the query text and why.</summary>
public abstract class SearchRefusalsContract : StoreTest
{
    [Fact]
    public async Task Record_TwoRefusals_ListedNewestFirstWithWhoWhenQueryAndWhy()
    {
        var audit = new SearchRefusals(Database);
        var first = new DateTimeOffset(2026, 12, 2, 14, 0, 0, TimeSpan.Zero);
        await audit.RecordAsync(new SearchAsker("api:10.0.0.7", "specialty:nephrology state:WY"), first, "fewer than k = 5 authors", Ct);
        await audit.RecordAsync(new SearchAsker("cli:ana", "humira \"Cheyenne\""), first.AddMinutes(3), "fewer than k = 5 authors", Ct);

        var rows = await audit.ListAsync(10, Ct);

        rows.Select(r => (r.AskedBy, r.AskedAt, r.Query, r.Reason)).Should().Equal(
            ("cli:ana", first.AddMinutes(3), "humira \"Cheyenne\"", "fewer than k = 5 authors"),
            ("api:10.0.0.7", first, "specialty:nephrology state:WY", "fewer than k = 5 authors"));
        (await audit.ListAsync(1, Ct)).Should().ContainSingle().Which.AskedBy.Should().Be("cli:ana");
    }
}
