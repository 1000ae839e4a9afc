using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Sermo.Ingest.Pipeline;
using Sermo.Ingest.Sources;
using Sermo.Storage.Ingestion;

namespace Sermo.Ingest.Tests.Pipeline;

/// <summary>A source read under its lease (decision 017): skipped while another host holds it; stopped, without committing, when the lease is taken over mid-read.</summary>
public sealed class LeasedSourceIngestTests : IDisposable
{
    private const int Posts = 30;
    private readonly PipelineStore _db = new("lease-tests");

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Run_SourceHeldByAnotherHost_SkippedAndLeftUntouched()
    {
        var leases = new SourceLeases(_db.Database);
        await leases.TryAcquireAsync("list", "other-host", TimeSpan.FromMinutes(5), CancellationToken.None);
        var source = new ListSource(Posts);

        var summary = await Ingest(TimeSpan.FromMinutes(1)).RunAsync(source, null, CancellationToken.None);

        summary.Read.Should().Be(0);
        source.Reads.Should().Be(0, "the source is not even opened");
        (await _db.Store.GetTotalsAsync(CancellationToken.None)).Posts.Should().Be(0);
    }

    [Fact]
    public async Task Run_LeaseTakenOverMidRead_PendingBatchNotCommittedAndTheNewHolderReadsOnFromTheCheckpoint()
    {
        var source = new ListSource(Posts, pauseAfter: 15);
        var run = Ingest(TimeSpan.FromSeconds(1)).RunAsync(source, null, CancellationToken.None);
        await source.Paused.Task;
        while (await _db.Store.GetCheckpointAsync("list", CancellationToken.None) is null)
        {
            await Task.Delay(20); // the first batch is being committed
        }

        // Another host takes the source, as it would after this one stopped renewing for a whole lease; this host's
        // next renewal (a third of a second later) finds the lease gone and stops the read.
        await ExpireLeaseAsync();
        var taken = (await new SourceLeases(_db.Database).TryAcquireAsync("list", "host-b", TimeSpan.FromMinutes(5), CancellationToken.None))!;
        var stopped = await run.WaitAsync(TimeSpan.FromSeconds(30));

        stopped.Should().Be(IngestRunSummary.Empty);
        (await _db.Store.GetCheckpointAsync("list", CancellationToken.None)).Should().Be("10", "only the first batch committed");
        (await _db.Store.GetTotalsAsync(CancellationToken.None)).Posts.Should().Be(10);
        var pipeline = Pipeline();
        var rest = await pipeline.RunAsync(new ListSource(Posts), taken, null, CancellationToken.None);
        rest.Inserted.Should().Be(Posts - 10);
        (await _db.QueryAsync("SELECT post_id FROM posts")).Should().OnlyHaveUniqueItems().And.HaveCount(Posts);
    }

    [Fact]
    public async Task Run_StaleLease_FirstCommitRefused()
    {
        var leases = new SourceLeases(_db.Database);
        var stale = (await leases.TryAcquireAsync("list", "host-a", TimeSpan.FromMinutes(5), CancellationToken.None))!;
        await ExpireLeaseAsync();
        await leases.TryAcquireAsync("list", "host-b", TimeSpan.FromMinutes(5), CancellationToken.None);

        var run = () => Pipeline().RunAsync(new ListSource(Posts), stale, null, CancellationToken.None);

        await run.Should().ThrowAsync<LeaseLostException>();
        (await _db.Store.GetTotalsAsync(CancellationToken.None)).Posts.Should().Be(0);
    }

    private LeasedSourceIngest Ingest(TimeSpan leaseDuration)
    {
        var options = Options.Create(new IngestOptions { AuthorKeySecret = new string('k', 32), BatchSize = 10, LeaseDuration = leaseDuration });
        var keeper = new SourceLeaseKeeper(new SourceLeases(_db.Database), options, TimeProvider.System, NullLogger<SourceLeaseKeeper>.Instance);
        return new LeasedSourceIngest(Pipeline(), keeper, new Sermo.Ingest.Retention.RawFileRetention(Options.Create(new IngestOptions()), TimeProvider.System, NullLogger<Sermo.Ingest.Retention.RawFileRetention>.Instance), NullLogger<LeasedSourceIngest>.Instance);
    }

    private IngestPipeline Pipeline()
    {
        var options = PipelineStore.Options(batchSize: 10);
        return new IngestPipeline(PipelineStore.Enricher(options), _db.Store, options, NullLogger<IngestPipeline>.Instance);
    }

    private async Task ExpireLeaseAsync()
    {
        await using var connection = await _db.Database.OpenAsync(CancellationToken.None);
        await using var expire = connection.CreateCommand();
        expire.CommandText = "UPDATE source_leases SET expires_at = 0";
        await expire.ExecuteNonQueryAsync();
    }

    /// <summary>Posts p1..pN with their index as the checkpoint; can stop after an item until cancelled.</summary>
    private sealed class ListSource(int count, int pauseAfter = int.MaxValue) : IPostSource
    {
        public string Name => "list";

        public int Reads { get; private set; }

        public TaskCompletionSource Paused { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async IAsyncEnumerable<SourceItem> ReadAsync(string? checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            Reads++;
            for (var i = checkpoint is null ? 1 : int.Parse(checkpoint, System.Globalization.CultureInfo.InvariantCulture) + 1; i <= count; i++)
            {
                yield return new IncomingPost($"item {i}", $"{i}", $"list:p{i}", $"member-{i % 4}", DateTimeOffset.UtcNow.AddDays(-1), null, null, $"post number {i}");
                if (i == pauseAfter)
                {
                    Paused.TrySetResult();
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
            }
        }

        public Task<IReadOnlyCollection<string>> GetKnownHandlesAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyCollection<string>>([]);
    }
}
