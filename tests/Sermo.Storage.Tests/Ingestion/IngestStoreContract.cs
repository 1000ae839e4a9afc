using System.Data.Common;
using Sermo.Storage.Ingestion;

namespace Sermo.Storage.Tests.Ingestion;

/// <summary>The ingest store's contract, run on SQLite and on PostgreSQL.</summary>
public abstract class IngestStoreContract : StoreTest
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
    public async Task Commit_SubSecondNoiseInTime_Unchanged()
    {
        var a = Post("drop:a", "author-1", Monday, "apixaban works");
        await UpsertAsync(a);

        var again = await UpsertAsync(a with { CreatedAt = Monday.AddMilliseconds(400) });

        again.Unchanged.Should().Be(1, "times are kept to the second on both backends");
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
        (await DirtyDaysAsync()).Should().Be(2);
        await Cube.RollupAsync(Ct);
        (await DirtyDaysAsync()).Should().Be(0);

        await UpsertAsync(a, b);
        var afterIdentical = await DirtyDaysAsync();
        await UpsertAsync(a, b with { CreatedAt = Monday.AddDays(5) });
        var afterMove = await DirtyDaysAsync();

        afterIdentical.Should().Be(0);
        afterMove.Should().Be(2, "moving a post dirties both its old and its new day");
    }

    [Fact]
    public async Task Commit_ChangedPostOnSameDay_CountsUpdated()
    {
        var a = Post("drop:a", "author-1", Monday, "apixaban works");
        await UpsertAsync(a);
        await Cube.RollupAsync(Ct);

        var changed = await UpsertAsync(a with { Text = "apixaban retagged" });

        changed.Should().Be(new BatchOutcome(Inserted: 0, Updated: 1, Unchanged: 0, Deleted: 0, DeadLettered: 0));
        (await FtsCountAsync("retagged")).Should().Be(1);
        (await DirtyDaysAsync()).Should().Be(1);
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
        (await DirtyDaysAsync()).Should().Be(1);
    }

    [Fact]
    public async Task Commit_SamePostThreeTimesUnchangedInBetween_CountsLikeOneByOne()
    {
        var a = Post("drop:x", "author-1", Monday, "started apixaban today");
        await UpsertAsync(a);

        var outcome = await UpsertAsync(a, a with { Text = "now rivaroxaban" }, a with { Text = "now rivaroxaban" });

        outcome.Should().Be(new BatchOutcome(Inserted: 0, Updated: 1, Unchanged: 2, Deleted: 0, DeadLettered: 0));
        (await FtsCountAsync("rivaroxaban")).Should().Be(1);
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

    [Theory]
    [InlineData("author-1")]
    [InlineData("dr \"quoted\" key")]
    [InlineData("clé-ünïcode")]
    [InlineData("a OR b")]
    [InlineData("NOT")]
    public async Task Commit_DeleteByOddAuthorKey_RemovesOnlyThatExactAuthor(string key)
    {
        // Neighbours that a token, prefix or case-folding match would wrongly catch.
        string[] others = [key + "x", key[..^1], key.ToUpperInvariant() == key ? key.ToLowerInvariant() : key.ToUpperInvariant(), "b", "author"];
        await UpsertAsync([Post("drop:mine1", key, Monday, "apixaban"), Post("drop:mine2", key, Monday.AddDays(1), "apixaban"),
            .. others.Distinct().Where(o => o != key).Select((o, i) => Post($"drop:other{i}", o, Monday, "apixaban"))]);
        var before = await ScalarAsync("SELECT count(*) FROM posts");

        var outcome = await Store.CommitAsync(new IngestBatch("test", null, [], [], [key], []), Ct);

        outcome.Deleted.Should().Be(2);
        (await ScalarAsync("SELECT count(*) FROM posts")).Should().Be(before - 2);
        (await ScalarAsync("SELECT count(*) FROM posts WHERE post_id LIKE 'drop:mine%'")).Should().Be(0);
        (await FtsCountAsync("apixaban")).Should().Be(before - 2);
    }

    [Fact]
    public async Task Commit_DeleteByEmptyAuthorKey_DeletesNothing()
    {
        await UpsertAsync(Post("drop:a", "author-1", Monday, "apixaban"));

        var outcome = await Store.CommitAsync(new IngestBatch("test", null, [], [], [""], []), Ct);

        outcome.Deleted.Should().Be(0);
        (await Store.GetTotalsAsync(Ct)).Posts.Should().Be(1);
    }

    [Fact]
    public async Task Commit_PostReassignedToAnotherAuthor_OptOutFollowsTheNewAuthor()
    {
        var post = Post("drop:a", "author-old", Monday, "semaglutide nausea");
        await UpsertAsync(post);
        await UpsertAsync(post with { AuthorKey = "author-new" });

        (await Store.CommitAsync(new IngestBatch("test", null, [], [], ["author-old"], []), Ct)).Deleted.Should().Be(0);
        (await Store.CommitAsync(new IngestBatch("test", null, [], [], ["author-new"], []), Ct)).Deleted.Should().Be(1);
    }

    [Fact]
    public async Task Rollup_AuthorsLastPostGone_MemberForgottenOthersKept()
    {
        await UpsertAsync(
            Post("drop:a", "author-1", Monday, "one"), Post("drop:b", "author-1", Monday, "two"),
            Post("drop:c", "author-2", Monday, "three"), Post("drop:d", "author-3", Monday, "four"));
        await Cube.RollupAsync(Ct);
        (await ScalarAsync("SELECT count(*) FROM cube_members")).Should().Be(3);

        // author-1 loses one of two posts, author-2 loses its only post, author-3 opts out.
        await Store.CommitAsync(new IngestBatch("test", null, [], ["drop:a", "drop:c"], ["author-3"], []), Ct);
        await Cube.RollupAsync(Ct);

        (await ScalarAsync("SELECT count(*) FROM cube_members WHERE author_key = 'author-1'")).Should().Be(1);
        (await ScalarAsync("SELECT count(*) FROM cube_members")).Should().Be(1);
        (await ScalarAsync("SELECT count(*) FROM cube_member_checks")).Should().Be(0, "checks are consumed by the rollup");
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

        await commit.Should().ThrowAsync<DbException>();
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

        (await commit.Should().ThrowAsync<DbException>()).Which.Message.Should().Contain("author_key").And.ContainEquivalentOf("null");
        (await Store.GetTotalsAsync(Ct)).Should().Be(new StoreTotals(0, 0));
        (await FtsCountAsync("fine")).Should().Be(0);
    }

    private static IngestBatch Letters(params DeadLetter[] letters) => new(letters[0].Source, null, [], [], [], letters);
}
