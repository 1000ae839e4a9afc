using Microsoft.Data.Sqlite;
using Sermo.Worker.Cli;

namespace Sermo.Worker.Tests.EndToEnd;

/// <summary>Runs `demo` twice into one temp folder (once per test class) and keeps a snapshot of the first run.</summary>
public sealed class DemoFixture : IAsyncLifetime
{
    private readonly TempDataFolder _folder = new("e2e", create: false);

    public string DataFolder => _folder;

    public string DatabasePath => Path.Combine(DataFolder, "sermo.db");

    public int FirstExitCode { get; private set; }

    public int SecondExitCode { get; private set; }

    public TableCounts AfterFirst { get; private set; } = default!;

    public TableCounts AfterSecond { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        FirstExitCode = await RunDemoAsync();
        AfterFirst = await TableCounts.ReadAsync(DatabasePath);
        SecondExitCode = await RunDemoAsync();
        AfterSecond = await TableCounts.ReadAsync(DatabasePath);
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly");
        connection.Open();
        return connection;
    }

    private Task<int> RunDemoAsync() =>
        SermoCommandLine.Create().Parse(["demo", "--out", DataFolder, "--samples", RepositoryPaths.Samples]).InvokeAsync();
}

public sealed record TableCounts(long Posts, long DeadLetters, long CubeCells, long CubeAuthors, long ForumPosts, long ForumChanges, string PostsChecksum)
{
    public static async Task<TableCounts> ReadAsync(string databasePath)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        async Task<T> Scalar<T>(string sql)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return (T)(await command.ExecuteScalarAsync())!;
        }

        return new TableCounts(
            await Scalar<long>("SELECT COUNT(*) FROM posts"),
            await Scalar<long>("SELECT COUNT(*) FROM dead_letters"),
            await Scalar<long>("SELECT COUNT(*) FROM cube_counts"),
            await Scalar<long>("SELECT COUNT(*) FROM cube_author_sets"),
            await Scalar<long>("SELECT COUNT(*) FROM forum_posts"),
            await Scalar<long>("SELECT COUNT(*) FROM forum_changes"),
            await Scalar<string>("SELECT COALESCE(group_concat(post_id || ':' || length(text) || ':' || id, ','), '') FROM (SELECT * FROM posts ORDER BY post_id)"));
    }
}
