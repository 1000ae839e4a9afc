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
    public async Task Upsert_Client_StoresNoSaltOrKeyThatCouldReproduceItsNoise()
    {
        await Registry.UpsertAsync(Client("acme", 5, "apixaban"), Ct);

        // Decision 013: a client's noise key derives from a secret kept outside the database, so a copy of the
        // database cannot undo the noise in that client's reports; nothing salt-like is stored per client.
        await using var connection = await Database.OpenConnectionAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM clients";
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();

        columns.Should().Contain("client_id").And.NotContain(c => c.Contains("salt") || c.Contains("key") || c.Contains("secret"));
        Enumerable.Range(0, reader.FieldCount).Select(reader.GetFieldType).Should().NotContain(typeof(byte[]));
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
