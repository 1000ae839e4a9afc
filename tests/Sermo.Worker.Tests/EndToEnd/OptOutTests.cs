using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Analytics.HeatMaps;
using Sermo.Forum.Engine;
using Sermo.Storage.Clients;
using Sermo.Storage.Cube;
using Sermo.Worker.Cli;
using Sermo.Worker.Hosting;

namespace Sermo.Worker.Tests.EndToEnd;

/// <summary>Privacy rule 3: an opt-out or a deletion disappears from the store, the index and the cube within one ingest cycle.</summary>
// The demo and ingest verbs print to the process-wide console: never beside a test that captures it.
[Collection("Console")]
public sealed class OptOutTests : IAsyncLifetime
{
    private readonly TempDataFolder _folder = new("optout", create: false);

    public async Task InitializeAsync()
    {
        var exit = await SermoCommandLine.Create().Parse(["demo", "--out", _folder, "--samples", RepositoryPaths.Samples]).InvokeAsync();
        exit.Should().Be(0);
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
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
        var theirRowIds = Column("SELECT CAST(id AS TEXT) FROM posts WHERE post_id IN (SELECT value FROM json_each($m))", System.Text.Json.JsonSerializer.Serialize(theirPosts));
        var theirAuthorToken = Scalar<string>("SELECT hex(author_key) FROM posts WHERE post_id = $m", theirPosts[0]);
        theirRowIds.Should().HaveCount(theirPosts.Count);
        var cubeBefore = await CubeSlicesAsync(rebuild: false);

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

        // The FTS5 index itself: a scan of posts_fts without MATCH reads the posts table and could never fail, so the
        // check reads the index's own entries (fts5vocab), the author posting list and FTS5's integrity check.
        Scalar<long>("""
            CREATE VIRTUAL TABLE IF NOT EXISTS temp.indexed USING fts5vocab(main, posts_fts, instance);
            SELECT COUNT(DISTINCT doc) FROM temp.indexed WHERE doc NOT IN (SELECT id FROM posts);
            """).Should().Be(0, "no index entry may outlive its post");
        Scalar<long>("""
            CREATE VIRTUAL TABLE IF NOT EXISTS temp.indexed USING fts5vocab(main, posts_fts, instance);
            SELECT COUNT(DISTINCT doc) FROM temp.indexed WHERE CAST(doc AS TEXT) IN (SELECT value FROM json_each($m));
            """, System.Text.Json.JsonSerializer.Serialize(theirRowIds)).Should().Be(0);
        Scalar<long>("SELECT COUNT(*) FROM posts_authors WHERE posts_authors MATCH '\"' || $m || '\"'", theirAuthorToken).Should().Be(0);
        Scalar<long>("INSERT INTO posts_fts(posts_fts, rank) VALUES ('integrity-check', 1); SELECT 0;").Should().Be(0);

        // The cube after the ingest verb's rollup: every count equals a rebuild from the posts left, and differs from before.
        Scalar<long>("SELECT COUNT(*) FROM cube_dirty_days").Should().Be(0, "the ingest verb rolls the cube up");
        Scalar<long>("SELECT COUNT(*) FROM cube_members").Should().Be(activeBefore - 1);
        var cubeAfter = await CubeSlicesAsync(rebuild: false);
        var cubeRebuilt = await CubeSlicesAsync(rebuild: true);
        cubeAfter.Should().BeEquivalentTo(cubeRebuilt, o => o.WithStrictOrdering());
        cubeAfter.Should().NotBeEquivalentTo(cubeBefore, "the member's mentions and the deleted post left the counts");
        var totalsBefore = cubeBefore.SelectMany(c => c.RowTotals.Select(t => (c.ClientId, t))).ToDictionary(x => (x.ClientId, x.t.Term, x.t.Segment), x => x.t);
        cubeAfter.SelectMany(c => c.RowTotals.Select(t => (Before: totalsBefore[(c.ClientId, t.Term, t.Segment)], After: t)))
            .Should().OnlyContain(p => p.After.Mentions <= p.Before.Mentions && p.After.DistinctAuthors <= p.Before.DistinctAuthors);
    }

    /// <summary>Every client's whole-history monthly slice by specialty, exact as the cube holds it (before any release noise).</summary>
    private async Task<List<CubeSlice>> CubeSlicesAsync(bool rebuild)
    {
        using var host = SermoHost.Build(Hosting.DataFolder.Resolve(_folder, create: false), verbose: false);
        var cube = host.Services.GetRequiredService<IHeatMapCube>();
        var range = (await cube.GetPostRangeAsync(CancellationToken.None))!.Value;
        var (from, to) = (new DateOnly(range.First.Year, range.First.Month, 1), TimeBuckets.BucketEnd(range.Last, BucketInterval.Month));
        if (rebuild)
        {
            await cube.RebuildAsync(from, to, CancellationToken.None);
        }

        var slices = new List<CubeSlice>();
        foreach (var client in await host.Services.GetRequiredService<IClientRegistry>().ListAsync(CancellationToken.None))
        {
            var slice = await cube.GetSliceAsync(client.ClientId, BucketInterval.Month, from, to, SegmentBy.Specialty, CancellationToken.None);
            slices.Add(slice with
            {
                Cells = slice.Cells.OrderBy(c => (c.Term, c.Bucket, c.Segment)).ToList(),
                RowTotals = slice.RowTotals.OrderBy(c => (c.Term, c.Segment)).ToList(),
                Activity = slice.Activity.OrderBy(a => (a.Bucket, a.Segment)).ToList(),
            });
        }

        return slices;
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
