using Sermo.Analytics.Watchlists;
using Sermo.Storage.Clients;

namespace Sermo.Storage.Tests.Clients;

public abstract class ClientRegistryContract : StoreTest
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4)]
    public async Task Upsert_KBelowFive_Rejected(int k)
    {
        var upsert = () => Registry.UpsertAsync(Client("acme", k, "apixaban"), Ct);

        await upsert.Should().ThrowAsync<ArgumentOutOfRangeException>();
        (await Registry.ListAsync(Ct)).Should().BeEmpty();
    }

    [Fact]
    public async Task Upsert_KFive_StoredAndReadBack()
    {
        await Registry.UpsertAsync(Client("acme", 5, "apixaban"), Ct);

        var stored = await Registry.GetAsync("acme", Ct);

        stored.Should().BeEquivalentTo(Client("acme", 5, "apixaban"));
        (await Registry.GetAsync("other", Ct)).Should().BeNull();
    }

    [Fact]
    public async Task Upsert_WatchlistChanged_MarksEveryPostDayDirty()
    {
        await UpsertAsync(Post("drop:a", "a", Monday, "apixaban"), Post("drop:b", "b", Monday.AddDays(2), "warfarin"));
        await Registry.UpsertAsync(Client("acme", 5, "apixaban"), Ct);
        await Cube.RollupAsync(Ct);
        (await DirtyDaysAsync()).Should().Be(0);

        await Registry.UpsertAsync(Client("acme", 7, "apixaban") with { Name = "Acme renamed" }, Ct);
        var afterSameWatchlist = await DirtyDaysAsync();
        await Registry.UpsertAsync(Client("acme", 7, "apixaban", "warfarin"), Ct);
        var afterChangedWatchlist = await DirtyDaysAsync();

        afterSameWatchlist.Should().Be(0);
        afterChangedWatchlist.Should().Be(2);
    }

    private static ClientRecord Client(string id, int k, params string[] terms) =>
        new(id, "Acme Pharma", "pharma", k,
            new Watchlist(id, "Acme Pharma", "pharma", terms.Select(t => new WatchlistTerm(t, [t])).ToList()), "[]");
}
