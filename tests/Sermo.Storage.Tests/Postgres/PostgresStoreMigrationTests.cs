using Npgsql;
using Sermo.TestSupport;

namespace Sermo.Storage.Tests.Postgres;

/// <summary>Several hosts starting at once on an empty database: one migrates, the others wait and find nothing to do.</summary>
public sealed class PostgresStoreMigrationTests(PostgresDatabase server) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Open_FourHostsAtOnceOnAnEmptyDatabase_SchemaCreatedOnceAndEveryHostWorks()
    {
        var hosts = Enumerable.Range(0, 4).Select(_ => PostgresStoreBackend.Open(server.ConnectionString)).ToList();
        try
        {
            var opened = await Task.WhenAll(hosts.Select(async h =>
            {
                await using var connection = await h.OpenAsync(CancellationToken.None);
                await using var count = new NpgsqlCommand("SELECT count(*) FROM posts", connection);
                return (long)(await count.ExecuteScalarAsync())!;
            }));

            opened.Should().OnlyContain(posts => posts == 0);
            await using var check = new NpgsqlConnection(server.ConnectionString);
            await check.OpenAsync();
            await using var versions = new NpgsqlCommand("SELECT count(*), max(version) FROM store_migrations", check);
            await using var reader = await versions.ExecuteReaderAsync();
            await reader.ReadAsync();
            reader.GetInt64(0).Should().Be(reader.GetInt32(1), "each step is recorded once");
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
        }
    }
}
