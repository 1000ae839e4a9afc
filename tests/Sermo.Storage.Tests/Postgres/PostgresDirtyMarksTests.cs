using Npgsql;
using Sermo.Storage.Cube;
using Sermo.Storage.Tests.Ingestion;
using Sermo.TestSupport;

namespace Sermo.Storage.Tests.Postgres;

/// <summary>
/// The race a dirty-day set would lose on PostgreSQL: a rollup reads a day's mark, a writer on another connection
/// changes that day (finding it "already dirty"), and the rollup then clears the day. With the append-only mark log
/// the writer's own mark survives, so the next rollup reads the day again.
/// </summary>
public sealed class PostgresDirtyMarksTests(PostgresDatabase server) : StoreTest, IClassFixture<PostgresDatabase>
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ClearDirty_DayChangedAfterTheRollupReadItsMarks_DayStaysDirty()
    {
        await UpsertAsync(Post("drop:a", "author-1", Monday, "apixaban"));
        await using var connection = await Database.OpenConnectionAsync(Ct);
        await using var rollup = await connection.BeginTransactionAsync(Ct);
        var read = await Cube.ReadDirtyDaysAsync(connection, rollup, Ct);

        await UpsertAsync(Post("drop:b", "author-2", Monday, "warfarin"));
        await Cube.ClearDirtyAsync(connection, rollup, read.Single(), Ct);
        await rollup.CommitAsync(Ct);

        read.Should().ContainSingle().Which.Day.Should().Be(DateOnly.FromDateTime(Monday.UtcDateTime));
        (await DirtyDaysAsync()).Should().Be(1, "the second post's mark was written after the rollup read the day");
        (await Cube.RollupAsync(Ct)).PostsRead.Should().Be(2);
        (await DirtyDaysAsync()).Should().Be(0);
    }

    protected override StoreBackend CreateBackend() => new PostgresStoreBackend(server);
}
