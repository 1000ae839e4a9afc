using Microsoft.Data.Sqlite;

namespace Sermo.Worker.Tests.Crash;

/// <summary>The default store: the data folder's own <c>sermo.db</c>.</summary>
internal sealed class SqliteCrashBackend : CrashBackend
{
    public override string Name => "sqlite";

    public override IReadOnlyDictionary<string, string?> Settings(string folder) => new Dictionary<string, string?>();

    public override Task CreateAsync(string folder) => Task.CompletedTask;

    public override IReadOnlyList<string> Lines(string folder, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "sermo.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var lines = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            lines.Add(reader.GetString(0));
        }

        return lines;
    }

    public override void ClearPools() => SqliteConnection.ClearAllPools();

    public override Task DropAsync() => Task.CompletedTask;

    protected override Task CopyStoreAsync(string from, string to)
    {
        using (var source = new SqliteConnection($"Data Source={Path.Combine(from, "sermo.db")};Mode=ReadOnly"))
        {
            source.Open();
            using var backup = new SqliteConnection($"Data Source={Path.Combine(to, "sermo.db")}");
            source.BackupDatabase(backup);
        }

        ClearPools();
        return Task.CompletedTask;
    }
}
