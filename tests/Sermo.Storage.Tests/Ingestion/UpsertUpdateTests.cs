using Sermo.Storage.Ingestion;

namespace Sermo.Storage.Tests.Ingestion;

// Regression: an upsert's DO UPDATE overrode the triggers' INSERT OR IGNORE and aborted every re-tag.
public sealed class UpsertUpdateTests : TempStore
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Commit_ChangedPostOnSameDay_CountsUpdated()
    {
        var a = Post("drop:a", "author-1", Monday, "apixaban works");
        await UpsertAsync(a);
        await Cube.RollupAsync(Ct);

        var changed = await UpsertAsync(a with { Text = "apixaban retagged" });

        changed.Should().Be(new BatchOutcome(Inserted: 0, Updated: 1, Unchanged: 0, Deleted: 0, DeadLettered: 0));
        (await FtsCountAsync("retagged")).Should().Be(1);
    }

    [Fact]
    public async Task Commit_ChangedPostOnDirtyDay_CountsUpdated()
    {
        var a = Post("drop:a", "author-1", Monday, "apixaban works");
        await UpsertAsync(a);

        var changed = await UpsertAsync(a with { CreatedAt = Monday.AddDays(1) });

        changed.Updated.Should().Be(1);
    }

    [Fact]
    public async Task Commit_SamePostTwiceInOneBatch_LaterVersionIndexedOnce()
    {
        var first = Post("drop:x", "author-1", Monday, "started apixaban today");
        var second = first with { Text = "switched to rivaroxaban instead" };

        var outcome = await UpsertAsync(first, second);

        outcome.Should().Be(new BatchOutcome(Inserted: 1, Updated: 1, Unchanged: 0, Deleted: 0, DeadLettered: 0));
        (await ScalarAsync("SELECT COUNT(*) FROM posts")).Should().Be(1);
        (await FtsCountAsync("rivaroxaban")).Should().Be(1);
        (await FtsCountAsync("apixaban")).Should().Be(0, "the first version's words must leave the index");
        (await IndexedRowsAsync()).Should().Be(1, "the index itself, not the posts table it reads through, holds one row");
        (await ScalarAsync("SELECT COUNT(*) FROM cube_dirty_days")).Should().Be(1);
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
            .Should().Be(0, "scanning the external-content table reads posts, so the old check could never fail");
        (await IndexedRowsAsync("doc NOT IN (SELECT id FROM posts)")).Should().Be(1, "the vocabulary view reads the index itself");
        (await FtsCountAsync("warfarin")).Should().Be(1, "a MATCH also reads the index");
    }
}
