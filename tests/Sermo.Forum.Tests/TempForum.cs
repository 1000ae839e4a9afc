using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Sermo.Forum.Engine;
using Sermo.Forum.Feed;

namespace Sermo.Forum.Tests;

/// <summary>A fresh forum database file per test, deleted afterwards.</summary>
public abstract class TempForum : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sermo-forum-tests", Guid.NewGuid().ToString("N"));

    protected string DatabasePath => Path.Combine(_folder, "forum.db");

    protected ForumEngine Engine { get; private set; } = null!;

    protected ForumChangeFeed Feed { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        Engine = new ForumEngine(NewDatabase(), TimeProvider.System);
        Feed = NewFeed();
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>A second feed over the same file, as another process or a restarted host would have.</summary>
    protected ForumChangeFeed NewFeed() => new(NewDatabase());

    private ForumDatabase NewDatabase() =>
        new(Options.Create(new ForumOptions { ConnectionString = "Data Source=" + DatabasePath }));
}
