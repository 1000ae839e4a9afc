using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Sermo.Worker.Tests.Crash;

/// <summary>
/// <c>Storage:Provider=postgres</c> (posts, forum, cube, dead letters, leases) and PostgreSQL search: each data folder
/// gets its own database on the test server, named after the folder; a copy is <c>CREATE DATABASE … TEMPLATE</c>.
/// </summary>
internal sealed class PostgresCrashBackend(string serverConnectionString) : CrashBackend
{
    private readonly List<string> _created = [];

    public override string Name => "postgres";

    public override IReadOnlyDictionary<string, string?> Settings(string folder)
    {
        var store = ConnectionString(folder);
        return new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "postgres",
            ["Storage:PostgresConnectionString"] = store,
            ["Search:Provider"] = "postgres",
            ["Search:PostgresConnectionString"] = store,
        };
    }

    public override Task CreateAsync(string folder) => ExecuteAsync($"CREATE DATABASE {Remember(folder)}");

    public override IReadOnlyList<string> Lines(string folder, string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString(folder)) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        var lines = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            lines.Add(reader.GetValue(0).ToString()!);
        }

        return lines;
    }

    public override void ClearPools() => NpgsqlConnection.ClearAllPools();

    public override async Task DropAsync()
    {
        ClearPools();
        foreach (var database in _created)
        {
            await ExecuteAsync($"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
    }

    protected override Task CopyStoreAsync(string from, string to)
    {
        ClearPools();
        return ExecuteAsync($"CREATE DATABASE {Remember(to)} TEMPLATE {Database(from)}");
    }

    private string ConnectionString(string folder) => new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = Database(folder) }.ConnectionString;

    private string Remember(string folder)
    {
        _created.Add(Database(folder));
        return Database(folder);
    }

    // A valid unquoted name from the folder's path: unique per folder, the same whenever asked.
    private static string Database(string folder) =>
        "sermo_crash_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(folder))))[..16];

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
