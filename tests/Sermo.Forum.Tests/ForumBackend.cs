using Npgsql;
using Sermo.Forum.Storage;
using Sermo.TestSupport;

namespace Sermo.Forum.Tests;

/// <summary>Where a contract test's forum lives: a fresh SQLite file, or an emptied PostgreSQL database.</summary>
public interface IForumBackend : IAsyncDisposable
{
    string Name { get; }

    /// <summary>What a child process needs to open the same storage.</summary>
    string ConnectionString { get; }

    Task ResetAsync();

    /// <summary>A new database object over the same storage, as another process or a restarted host would have.</summary>
    ForumDatabase NewDatabase();
}

public sealed class SqliteForumBackend : IForumBackend
{
    private readonly TempDataFolder _folder = new("forum-tests", create: false);

    public string Name => "sqlite";

    public string DatabasePath => Path.Combine(_folder, "forum.db");

    public string ConnectionString => "Data Source=" + DatabasePath;

    public Task ResetAsync()
    {
        Directory.CreateDirectory(_folder);
        return Task.CompletedTask;
    }

    public ForumDatabase NewDatabase() => new SqliteForumDatabase(ConnectionString);

    public ValueTask DisposeAsync()
    {
        _folder.Dispose();
        return ValueTask.CompletedTask;
    }
}

/// <summary>The test class's own PostgreSQL database; each test starts from empty forum tables with sequences at 1.</summary>
public sealed class PostgresForumBackend(PostgresDatabase postgres) : IForumBackend
{
    private readonly List<PostgresForumDatabase> _opened = [];

    public string Name => "postgres";

    /// <summary>
    /// The fixture's database, waiting up to two minutes for a pooled connection (Npgsql's default is 15 s): 1,000
    /// concurrent writers queue for 100 connections, and on a machine loaded by other builds the queue can be slow.
    /// </summary>
    public string ConnectionString => new NpgsqlConnectionStringBuilder(postgres.ConnectionString) { Timeout = 120 }.ConnectionString;

    public async Task ResetAsync()
    {
        await using var connection = new NpgsqlConnection(postgres.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            DO $$ DECLARE t text; BEGIN
              FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 'forum\_%' LOOP
                EXECUTE format('TRUNCATE TABLE %I RESTART IDENTITY CASCADE', t);
              END LOOP;
            END $$;
            """, connection);
        await command.ExecuteNonQueryAsync();
    }

    public ForumDatabase NewDatabase()
    {
        var database = new PostgresForumDatabase(ConnectionString);
        _opened.Add(database);
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var database in _opened)
        {
            await database.DisposeAsync();
        }
    }
}
