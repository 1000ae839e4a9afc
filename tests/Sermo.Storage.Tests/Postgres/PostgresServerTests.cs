using Npgsql;
using Sermo.TestSupport;

namespace Sermo.Storage.Tests.Postgres;

public sealed class PostgresServerTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Reset_TableWithRows_EmptiedButKept()
    {
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var setup = new NpgsqlCommand("CREATE TABLE IF NOT EXISTS probe (id int); INSERT INTO probe VALUES (1), (2);", connection);
            await setup.ExecuteNonQueryAsync();
        }

        await database.ResetAsync();

        await using var check = new NpgsqlConnection(database.ConnectionString);
        await check.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM probe", check);
        ((long)(await count.ExecuteScalarAsync())!).Should().Be(0);
    }
}
