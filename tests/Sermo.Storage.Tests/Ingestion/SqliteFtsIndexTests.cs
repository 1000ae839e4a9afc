namespace Sermo.Storage.Tests.Ingestion;

/// <summary>
/// What the FTS5 index itself holds, read through its vocabulary view. <c>SELECT … FROM posts_fts</c> without MATCH
/// reads the external content table (posts), so a count over it cannot see an entry left behind. PostgreSQL has no
/// such gap (its tsvector is a column of the post row), so these checks are SQLite's only.
/// </summary>
public sealed class SqliteFtsIndexTests : TempStore
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Commit_SamePostTwiceInOneBatch_IndexHoldsOneRow()
    {
        var first = Post("drop:x", "author-1", Monday, "started apixaban today");

        await UpsertAsync(first, first with { Text = "switched to rivaroxaban instead" });

        (await IndexedRowsAsync()).Should().Be(1, "the index itself, not the posts table it reads through, holds one row");
    }

    [Fact]
    public async Task IndexCheck_EntryLeftBehindInTheIndex_SeenThroughTheIndexNotThroughTheTable()
    {
        await UpsertAsync(Post("drop:a", "author-1", Monday, "apixaban works"), Post("drop:b", "author-2", Monday, "warfarin works"));
        await using (var connection = await Database.OpenAsync(Ct))
        await using (var command = connection.CreateCommand())
        {
            // A delete that bypasses the triggers, as a broken write path would: the index keeps the row's entries.
            command.CommandText = "DROP TRIGGER posts_ad; DELETE FROM posts WHERE post_id = 'drop:b';";
            await command.ExecuteNonQueryAsync(Ct);
        }

        (await ScalarAsync("SELECT count(*) FROM posts_fts WHERE rowid NOT IN (SELECT id FROM posts)"))
            .Should().Be(0, "scanning the external-content table reads posts, so that check could never fail");
        (await IndexedRowsAsync("doc NOT IN (SELECT id FROM posts)")).Should().Be(1, "the vocabulary view reads the index itself");
        (await FtsCountAsync("warfarin")).Should().Be(1, "a MATCH also reads the index");
    }

    private Task<long> IndexedRowsAsync(string where = "1") =>
        ScalarAsync($"""
            CREATE VIRTUAL TABLE IF NOT EXISTS temp.posts_fts_instances USING fts5vocab(main, posts_fts, instance);
            SELECT count(DISTINCT doc) FROM temp.posts_fts_instances WHERE {where};
            """);
}
