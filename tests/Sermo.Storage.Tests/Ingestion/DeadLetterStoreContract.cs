using Sermo.Storage.Ingestion;

namespace Sermo.Storage.Tests.Ingestion;

/// <summary>Dead letters as runs of records on either backend: counted per record, grown in place, replayed on record.</summary>
public abstract class DeadLetterStoreContract : StoreTest
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private DeadLetterStore Letters => new(Database);

    [Fact]
    public async Task Commit_RunGrownByALaterBatch_OneRowCountingEveryRecord()
    {
        await Store.CommitAsync(Batch(new DeadLetter("drop:junk.jsonl", "line 1", "malformed-json", "first", null, "line 500", 500)), Ct);
        await Store.CommitAsync(Batch(new DeadLetter("drop:junk.jsonl", "line 1", "malformed-json", "first", null, "line 1000", 1000)), Ct);

        var row = (await Letters.ListAsync(new DeadLetterFilter(), Ct)).Should().ContainSingle().Subject;
        row.Should().BeEquivalentTo(new { Position = "line 1", LastPosition = "line 1000", Records = 1000, Reason = "malformed-json" });
        (await Store.GetTotalsAsync(Ct)).DeadLetters.Should().Be(1000);
    }

    [Fact]
    public async Task Commit_Replay_OldRowClosedWithOutcomeAndRefusedAgainOpensANewRowAtTheSamePosition()
    {
        await Store.CommitAsync(Batch(new DeadLetter("drop:a.jsonl", "line 3", "text-too-large", "big", null, "line 4", 2)), Ct);
        var old = (await Letters.ListAsync(new DeadLetterFilter(), Ct)).Single();

        await Store.CommitAsync(new IngestBatch("drop:a.jsonl", null, [Post("drop:p4", "a", Monday, "now fits")], [], [],
            [new DeadLetter("drop:a.jsonl", "line 3", "scrub-failed", "still bad", null)])
        {
            InsertOnly = true,
            ReplayedDeadLetters = [old.Id],
            ReplayOutcome = "re-read 2 records: 1 accepted, 1 refused again",
        }, Ct);

        var open = (await Letters.ListAsync(new DeadLetterFilter(), Ct)).Should().ContainSingle().Subject;
        open.Should().BeEquivalentTo(new { Position = "line 3", Reason = "scrub-failed", Records = 1, ReplayedAt = (DateTimeOffset?)null });
        var replayed = (await Letters.FindAsync(old.Id, Ct))!;
        replayed.ReplayedAt.Should().NotBeNull();
        replayed.ReplayOutcome.Should().Be("re-read 2 records: 1 accepted, 1 refused again");
        (await Letters.ListAsync(new DeadLetterFilter(Replayed: true), Ct)).Should().HaveCount(2);
        (await Store.GetTotalsAsync(Ct)).Should().Be(new StoreTotals(1, 1));
    }

    [Fact]
    public async Task Commit_InsertOnly_NeverOverwritesAStoredPost()
    {
        await Store.CommitAsync(new IngestBatch("drop:a.jsonl", null, [Post("drop:p1", "a", Monday, "newer text")], [], [], []), Ct);

        var outcome = await Store.CommitAsync(new IngestBatch("drop:a.jsonl", null, [Post("drop:p1", "a", Monday, "older text")], [], [], []) { InsertOnly = true }, Ct);

        outcome.Should().Be(new BatchOutcome(Inserted: 0, Updated: 0, Unchanged: 1, Deleted: 0, DeadLettered: 0));
        (await FtsCountAsync("newer")).Should().Be(1);
    }

    [Fact]
    public async Task List_FilteredByReasonSourceKindAndTime_CountsRecordsPerReason()
    {
        await Store.CommitAsync(Batch(
            new DeadLetter("drop:a.jsonl", "line 1", "malformed-json", "x", null, "line 9", 9),
            new DeadLetter("push:p.jsonl", "line 2", "missing-author", "y", null),
            new DeadLetter("forum", "seq 7", "text-too-large", "z", null)), Ct);

        (await Letters.ListAsync(new DeadLetterFilter(Source: "drop"), Ct)).Select(r => r.Source).Should().Equal("drop:a.jsonl");
        (await Letters.ListAsync(new DeadLetterFilter(Source: "push:p.jsonl"), Ct)).Should().ContainSingle();
        (await Letters.ListAsync(new DeadLetterFilter(Reason: "text-too-large"), Ct)).Single().Source.Should().Be("forum");
        (await Letters.ListAsync(new DeadLetterFilter(Since: DateTimeOffset.UtcNow.AddHours(1)), Ct)).Should().BeEmpty();
        (await Letters.CountAsync(new DeadLetterFilter(), Ct)).Should().Equal(
            new DeadLetterCount("malformed-json", 1, 9), new DeadLetterCount("missing-author", 1, 1), new DeadLetterCount("text-too-large", 1, 1));
    }

    private static IngestBatch Batch(params DeadLetter[] letters) => new("drop:a.jsonl", null, [], [], [], letters);
}
