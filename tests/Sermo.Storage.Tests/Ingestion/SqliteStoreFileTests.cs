using Microsoft.Data.Sqlite;

namespace Sermo.Storage.Tests.Ingestion;

/// <summary>What only the SQLite file has: its write-ahead log.</summary>
public sealed class SqliteStoreFileTests : TempStore
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Checkpoint_AfterCommits_DatabaseFileAloneHoldsThePosts()
    {
        await Store.CheckpointAsync(Ct); // the schema, so the file can be read on its own below
        await UpsertAsync(Post("drop:a", "a", Monday, "one"), Post("drop:b", "b", Monday, "two"));
        var beforeCheckpoint = await CountInDatabaseFileAsync();

        await Store.CheckpointAsync(Ct);

        beforeCheckpoint.Should().Be(0, "committed pages stay in the write-ahead log until a checkpoint");
        (await CountInDatabaseFileAsync()).Should().Be(2);
    }

    // immutable=1 reads the main database file and ignores the write-ahead log.
    private async Task<long> CountInDatabaseFileAsync()
    {
        var path = new SqliteConnectionStringBuilder(ConnectionString).DataSource;
        await using var file = new SqliteConnection($"Data Source=file:{path}?immutable=1;Pooling=False");
        await file.OpenAsync(Ct);
        await using var count = file.CreateCommand();
        count.CommandText = "SELECT count(*) FROM posts";
        return (long)(await count.ExecuteScalarAsync(Ct))!;
    }
}
