using Sermo.Storage.Ingestion;

namespace Sermo.Storage.Tests.Ingestion;

/// <summary>Source leases and the fencing check of a batch commit (decision 017), on both backends.</summary>
public abstract class SourceLeasesContract : StoreTest
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(5);
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private SourceLeases Leases => new(Database);

    [Fact]
    public async Task Acquire_FreeThenHeldByAnother_SecondHolderRefusedFirstKeepsItsToken()
    {
        var first = await Leases.TryAcquireAsync("drop:a.jsonl", "host-a", Long, Ct);
        var second = await Leases.TryAcquireAsync("drop:a.jsonl", "host-b", Long, Ct);
        var again = await Leases.TryAcquireAsync("drop:a.jsonl", "host-a", Long, Ct);
        var otherSource = await Leases.TryAcquireAsync("drop:b.jsonl", "host-b", Long, Ct);

        first.Should().NotBeNull();
        second.Should().BeNull("host-a's lease is live");
        again.Should().Be(first, "the holder's own acquire extends its holding");
        otherSource.Should().NotBeNull();
    }

    [Fact]
    public async Task Acquire_AfterExpiry_TakenOverWithANewTokenAndTheOldHolderCannotRenew()
    {
        var first = (await Leases.TryAcquireAsync("forum", "host-a", TimeSpan.FromMilliseconds(200), Ct))!;
        await Task.Delay(500);

        var taken = await Leases.TryAcquireAsync("forum", "host-b", Long, Ct);

        taken.Should().NotBeNull();
        taken!.Token.Should().BeGreaterThan(first.Token);
        (await Leases.RenewAsync(first, Long, Ct)).Should().BeFalse("the source changed hands");
        (await Leases.RenewAsync(taken, Long, Ct)).Should().BeTrue();
        (await Leases.TryAcquireAsync("forum", "host-a", Long, Ct)).Should().BeNull();
    }

    [Fact]
    public async Task Release_ThenAnotherHost_TakesItAtOnce()
    {
        var first = (await Leases.TryAcquireAsync("forum", "host-a", Long, Ct))!;

        await Leases.ReleaseAsync(first, Ct);
        var next = await Leases.TryAcquireAsync("forum", "host-b", Long, Ct);

        next.Should().NotBeNull();
        next!.Token.Should().BeGreaterThan(first.Token);
    }

    [Fact]
    public async Task Commit_UnderItsLease_StoredWithCheckpoint()
    {
        var lease = (await Leases.TryAcquireAsync("drop:a.jsonl", "host-a", Long, Ct))!;

        await Store.CommitAsync(Batch("1:10", lease), Ct);

        (await Store.GetCheckpointAsync("drop:a.jsonl", Ct)).Should().Be("1:10");
        (await Store.GetTotalsAsync(Ct)).Posts.Should().Be(1);
    }

    [Fact]
    public async Task Commit_AfterTheSourceChangedHands_RefusedAndNothingOfTheBatchStored()
    {
        var old = (await Leases.TryAcquireAsync("drop:a.jsonl", "host-a", TimeSpan.FromMilliseconds(200), Ct))!;
        await Store.CommitAsync(Batch("1:10", old), Ct);
        await Task.Delay(500);
        var taken = (await Leases.TryAcquireAsync("drop:a.jsonl", "host-b", Long, Ct))!;

        var stale = () => Store.CommitAsync(Batch("2:20", old, "drop:late"), Ct);

        (await stale.Should().ThrowAsync<LeaseLostException>()).Which.Lease.Should().Be(old);
        (await Store.GetCheckpointAsync("drop:a.jsonl", Ct)).Should().Be("1:10", "the new holder reads on from the last committed batch");
        (await ScalarAsync("SELECT count(*) FROM posts WHERE post_id = 'drop:late'")).Should().Be(0);
        await Store.CommitAsync(Batch("2:20", taken, "drop:late"), Ct);
        (await Store.GetCheckpointAsync("drop:a.jsonl", Ct)).Should().Be("2:20");
    }

    [Fact]
    public async Task Commit_ExpiredButNotTakenOver_StillCommits()
    {
        var lease = (await Leases.TryAcquireAsync("drop:a.jsonl", "host-a", TimeSpan.FromMilliseconds(100), Ct))!;
        await Task.Delay(300);

        await Store.CommitAsync(Batch("1:10", lease), Ct);

        (await Store.GetCheckpointAsync("drop:a.jsonl", Ct)).Should().Be("1:10", "nobody else can have written the source: its token is unchanged");
    }

    [Fact]
    public async Task Acquire_ManyHostsAtOnce_ExactlyOneHoldsTheSource()
    {
        var attempts = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Leases.TryAcquireAsync("forum", $"host-{i}", Long, Ct)));

        attempts.Where(a => a is not null).Should().ContainSingle();
    }

    private static IngestBatch Batch(string checkpoint, SourceLease lease, string postId = "drop:p1") =>
        new("drop:a.jsonl", checkpoint, [Post(postId, "author-1", Monday, "apixaban")], [], [], []) { Lease = lease };
}
