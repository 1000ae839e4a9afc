using Sermo.Analytics.Watchlists;
using Sermo.Storage.Clients;

namespace Sermo.Storage.Tests.Clients;

public sealed class SqliteClientRegistryTests : TempStore
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
    public async Task Upsert_Client_StoresNoSaltOrKeyThatCouldReproduceItsNoise()
    {
        await Registry.UpsertAsync(Client("acme", 5, "apixaban"), Ct);

        // Decision 013: a client's noise key derives from a secret kept outside the database, so a copy of the
        // database cannot undo the noise in that client's reports; nothing salt-like is stored per client.
        (await ScalarAsync("SELECT count(*) FROM pragma_table_info('clients') WHERE type = 'BLOB' OR name LIKE '%salt%' OR name LIKE '%key%'"))
            .Should().Be(0);
    }

    [Fact]
    public async Task Upsert_WatchlistChanged_MarksEveryPostDayDirty()
    {
        await UpsertAsync(Post("drop:a", "a", Monday, "apixaban"), Post("drop:b", "b", Monday.AddDays(2), "warfarin"));
        await Registry.UpsertAsync(Client("acme", 5, "apixaban"), Ct);
        await Cube.RollupAsync(Ct);
        (await ScalarAsync("SELECT count(*) FROM cube_dirty_days")).Should().Be(0);

        await Registry.UpsertAsync(Client("acme", 7, "apixaban") with { Name = "Acme renamed" }, Ct);
        var afterSameWatchlist = await ScalarAsync("SELECT count(*) FROM cube_dirty_days");
        await Registry.UpsertAsync(Client("acme", 7, "apixaban", "warfarin"), Ct);
        var afterChangedWatchlist = await ScalarAsync("SELECT count(*) FROM cube_dirty_days");

        afterSameWatchlist.Should().Be(0);
        afterChangedWatchlist.Should().Be(2);
    }

    private static ClientRecord Client(string id, int k, params string[] terms) =>
        new(id, "Acme Pharma", "pharma", k,
            new Watchlist(id, "Acme Pharma", "pharma", terms.Select(t => new WatchlistTerm(t, [t])).ToList()), "[]");
}
