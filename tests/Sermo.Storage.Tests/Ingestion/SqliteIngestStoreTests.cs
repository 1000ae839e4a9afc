using Microsoft.Data.Sqlite;
using Sermo.Storage.Ingestion;

namespace Sermo.Storage.Tests.Ingestion;

public sealed class SqliteIngestStoreTests : TempStore
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Commit_NewThenIdenticalPosts_CountsInsertedThenUnchanged()
    {
        var a = Post("drop:a", "author-1", Monday, "apixaban works");
        var b = Post("drop:b", "author-2", Monday, "warfarin bleeds");

        var first = await UpsertAsync(a, b);
        var second = await UpsertAsync(a, b, Post("drop:c", "author-3", Monday.AddDays(1), "metformin again"));

        first.Should().Be(new BatchOutcome(Inserted: 2, Updated: 0, Unchanged: 0, Deleted: 0, DeadLettered: 0));
        second.Should().Be(new BatchOutcome(Inserted: 1, Updated: 0, Unchanged: 2, Deleted: 0, DeadLettered: 0));
        (await Store.GetTotalsAsync(Ct)).Should().Be(new StoreTotals(3, 0));
        (await FtsCountAsync("apixaban")).Should().Be(1);
    }

    [Fact]
    public async Task Commit_PostMovedToAnotherDayAfterRollup_CountsUpdatedAndReindexes()
    {
        var a = Post("drop:a", "author-1", Monday, "apixaban works");
        await UpsertAsync(a);
        await Cube.RollupAsync(Ct);

        var moved = await UpsertAsync(a with { CreatedAt = Monday.AddDays(1), Text = "apixaban failed" });

        moved.Should().Be(new BatchOutcome(Inserted: 0, Updated: 1, Unchanged: 0, Deleted: 0, DeadLettered: 0));
        (await FtsCountAsync("works")).Should().Be(0);
        (await FtsCountAsync("failed")).Should().Be(1);
        (await ScalarAsync("SELECT count(*) FROM posts WHERE day = '2026-03-03'")).Should().Be(1);
    }

    [Fact]
    public async Task Commit_IdenticalReUpsertAfterRollup_LeavesCubeDirtyDaysUntouched()
    {
        var a = Post("drop:a", "author-1", Monday, "apixaban works");
        var b = Post("drop:b", "author-2", Monday.AddDays(3), "warfarin bleeds");
        await UpsertAsync(a, b);
        (await ScalarAsync("SELECT count(*) FROM cube_dirty_days")).Should().Be(2);
        await Cube.RollupAsync(Ct);
        (await ScalarAsync("SELECT count(*) FROM cube_dirty_days")).Should().Be(0);

        await UpsertAsync(a, b);
        var afterIdentical = await ScalarAsync("SELECT count(*) FROM cube_dirty_days");
        await UpsertAsync(a, b with { CreatedAt = Monday.AddDays(5) });
        var afterMove = await ScalarAsync("SELECT count(*) FROM cube_dirty_days");

        afterIdentical.Should().Be(0);
        afterMove.Should().Be(2, "moving a post dirties both its old and its new day");
    }

    [Fact]
    public async Task Commit_DeleteByPostId_RemovesRowAndSearchIndexEntry()
    {
        await UpsertAsync(Post("drop:a", "author-1", Monday, "apixaban works"), Post("drop:b", "author-2", Monday, "apixaban fails"));
        (await FtsCountAsync("apixaban")).Should().Be(2);

        var outcome = await Store.CommitAsync(new IngestBatch("test", null, [], ["drop:a", "drop:missing"], [], []), Ct);

        outcome.Deleted.Should().Be(1);
        (await ScalarAsync("SELECT count(*) FROM posts WHERE post_id = 'drop:a'")).Should().Be(0);
        (await FtsCountAsync("apixaban")).Should().Be(1);
        (await FtsCountAsync("works")).Should().Be(0);
        (await FtsCountAsync("fails")).Should().Be(1);
    }

    [Fact]
    public async Task Commit_DeleteByAuthorKey_RemovesAllThatAuthorsRowsAndSearchEntries()
    {
        await UpsertAsync(
            Post("drop:a", "author-1", Monday, "tirzepatide nausea"),
            Post("drop:b", "author-1", Monday.AddDays(1), "tirzepatide again"),
            Post("drop:c", "author-2", Monday, "tirzepatide fine"));

        var outcome = await Store.CommitAsync(new IngestBatch("test", null, [], [], ["author-1"], []), Ct);

        outcome.Deleted.Should().Be(2);
        (await ScalarAsync("SELECT count(*) FROM posts WHERE author_key = 'author-1'")).Should().Be(0);
        (await FtsCountAsync("tirzepatide")).Should().Be(1);
        (await FtsCountAsync("nausea")).Should().Be(0);
        (await Store.GetTotalsAsync(Ct)).Posts.Should().Be(1);
    }

    [Fact]
    public async Task Commit_SameSourceAndPositionTwice_OneDeadLetterWithLatestReason()
    {
        await Store.CommitAsync(Letters(new DeadLetter("drop:x.jsonl", "line 3", "malformed-json", "first", null)), Ct);
        await Store.CommitAsync(Letters(
            new DeadLetter("drop:x.jsonl", "line 3", "empty-text", "second", null),
            new DeadLetter("drop:y.jsonl", "line 3", "malformed-json", "other file", null)), Ct);

        (await Store.GetTotalsAsync(Ct)).DeadLetters.Should().Be(2);
        (await ScalarAsync("SELECT count(*) FROM dead_letters WHERE source = 'drop:x.jsonl' AND reason = 'empty-text' AND detail = 'second'")).Should().Be(1);
    }

    [Fact]
    public async Task Commit_WithCheckpoint_CheckpointStoredPerSource()
    {
        await Store.CommitAsync(new IngestBatch("forum", "42", [Post("forum:1", "a", Monday, "hello")], [], [], []), Ct);
        await Store.CommitAsync(new IngestBatch("forum", "57", [], [], [], []), Ct);
        await Store.CommitAsync(new IngestBatch("forum", null, [], [], [], []), Ct);

        (await Store.GetCheckpointAsync("forum", Ct)).Should().Be("57");
        (await Store.GetCheckpointAsync("drop:other.jsonl", Ct)).Should().BeNull();
    }

    [Fact]
    public async Task Commit_BatchFailsPartWay_NeitherPostsNorCheckpointSaved()
    {
        await Store.CommitAsync(new IngestBatch("drop:f.jsonl", "2:100", [Post("drop:a", "a", Monday, "kept")], [], [], []), Ct);
        // A dead letter without a reason violates NOT NULL after the upserts have run inside the transaction.
        var failing = new IngestBatch("drop:f.jsonl", "9:900",
            [Post("drop:b", "b", Monday, "never stored"), Post("drop:a", "a", Monday, "changed text")], ["drop:a"], [],
            [new DeadLetter("drop:f.jsonl", "line 5", null!, "no reason", null)]);

        var commit = () => Store.CommitAsync(failing, Ct);

        await commit.Should().ThrowAsync<SqliteException>();
        (await Store.GetCheckpointAsync("drop:f.jsonl", Ct)).Should().Be("2:100");
        (await Store.GetTotalsAsync(Ct)).Should().Be(new StoreTotals(1, 0));
        (await FtsCountAsync("kept")).Should().Be(1);
        (await FtsCountAsync("stored")).Should().Be(0);
    }

    [Fact]
    public async Task Commit_PostMissingARequiredField_ThrowsTheConstraintAndStoresNothingOfTheBatch()
    {
        var broken = Post("drop:b", null!, Monday, "no author key");

        var commit = () => UpsertAsync(Post("drop:a", "a", Monday, "fine"), broken);

        (await commit.Should().ThrowAsync<SqliteException>()).Which.Message.Should().Contain("NOT NULL").And.Contain("posts.author_key");
        (await Store.GetTotalsAsync(Ct)).Should().Be(new StoreTotals(0, 0));
        (await FtsCountAsync("fine")).Should().Be(0);
    }

    [Fact]
    public async Task Checkpoint_AfterCommits_DatabaseFileAloneHoldsThePosts()
    {
        await Store.CheckpointAsync(Ct); // the schema, so the file can be read on its own below
        await UpsertAsync(Post("drop:a", "a", Monday, "one"), Post("drop:b", "b", Monday, "two"));
        var beforeCheckpoint = await CountInDatabaseFileAsync();

        await Store.CheckpointAsync(Ct);

        beforeCheckpoint.Should().Be(0, "committed pages stay in the write-ahead log until a checkpoint");
        (await CountInDatabaseFileAsync()).Should().Be(2);
    }

    // immutable=1 reads the main database file and ignores the write-ahead log.
    private async Task<long> CountInDatabaseFileAsync()
    {
        var path = new SqliteConnectionStringBuilder(ConnectionString).DataSource;
        await using var file = new SqliteConnection($"Data Source=file:{path}?immutable=1;Pooling=False");
        await file.OpenAsync(Ct);
        await using var count = file.CreateCommand();
        count.CommandText = "SELECT count(*) FROM posts";
        return (long)(await count.ExecuteScalarAsync(Ct))!;
    }

    private static IngestBatch Letters(params DeadLetter[] letters) => new(letters[0].Source, null, [], [], [], letters);
}
