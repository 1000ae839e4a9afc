using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Forum.Engine;
using Sermo.Worker.Cli;
using Sermo.Worker.Hosting;

namespace Sermo.Worker.Tests.EndToEnd;

/// <summary>Privacy rule 3: an opt-out or a deletion disappears from the store, the index and the cube within one ingest cycle.</summary>
// The demo and ingest verbs print to the process-wide console: never beside a test that captures it.
[Collection("Console")]
public sealed class OptOutTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sermo-optout-" + Guid.NewGuid().ToString("N"));

    public async Task InitializeAsync()
    {
        var exit = await SermoCommandLine.Create().Parse(["demo", "--out", _folder, "--samples", RepositoryPaths.Samples]).InvokeAsync();
        exit.Should().Be(0);
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Ingest_AfterMemberOptsOutAndPostDeleted_TheirPostsLeaveStoreIndexAndCube()
    {
        var member = Scalar<string>("""
            SELECT member_id FROM forum_members m
            WHERE opted_out = 0 AND verified = 1
            ORDER BY (SELECT COUNT(*) FROM forum_posts p WHERE p.member_id = m.member_id AND p.deleted = 0) DESC LIMIT 1
            """);
        var theirPosts = Column("SELECT 'forum:' || post_id FROM forum_posts WHERE member_id = $m AND deleted = 0", member);
        var otherPost = Scalar<string>("SELECT post_id FROM forum_posts WHERE member_id <> $m AND deleted = 0 ORDER BY post_id LIMIT 1", member);
        theirPosts.Should().NotBeEmpty();
        var activeBefore = Scalar<long>("SELECT COUNT(*) FROM cube_members");

        using (var host = SermoHost.Build(Hosting.DataFolder.Resolve(_folder, create: false), verbose: false))
        {
            var forum = host.Services.GetRequiredService<ForumEngine>();
            (await forum.OptOutAsync(member, CancellationToken.None)).Should().BeTrue();
            (await forum.DeletePostAsync(otherPost, CancellationToken.None)).Should().BeTrue();
        }

        var exit = await SermoCommandLine.Create().Parse(["ingest", "--data", _folder]).InvokeAsync();

        exit.Should().Be(0);
        var stored = Column("SELECT post_id FROM posts", null).ToHashSet();
        stored.Should().NotIntersectWith(theirPosts).And.NotContain("forum:" + otherPost);
        Scalar<long>("SELECT COUNT(*) FROM posts_fts WHERE rowid NOT IN (SELECT id FROM posts)").Should().Be(0);
        Scalar<long>("SELECT COUNT(*) FROM cube_dirty_days").Should().Be(0, "the ingest verb rolls the cube up");
        Scalar<long>("SELECT COUNT(*) FROM cube_members").Should().Be(activeBefore - 1);
    }

    private T Scalar<T>(string sql, string? member = null)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "sermo.db")}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$m", (object?)member ?? DBNull.Value);
        return (T)command.ExecuteScalar()!;
    }

    private List<string> Column(string sql, string? member)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "sermo.db")}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$m", (object?)member ?? DBNull.Value);
        var values = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
