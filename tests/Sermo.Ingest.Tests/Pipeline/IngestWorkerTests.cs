using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Sermo.Forum.Feed;
using Sermo.Ingest.Pipeline;
using Sermo.Ingest.Sources;
using Sermo.Storage.Ingestion;

namespace Sermo.Ingest.Tests.Pipeline;

/// <summary>
/// The hosted worker's cycles: polling until stopped, or one cycle for the one-shot verb, whose rollup would otherwise
/// hold the write lock a second cycle's lease write waits on (decision 067).
/// </summary>
public sealed class IngestWorkerTests : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);
    private readonly PipelineStore _db = new("sermo-worker-tests");

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Execute_SingleCycle_StopsAfterTheFirstCycle()
    {
        var feed = new CountingFeed();
        var (worker, cycle) = Worker(feed);
        cycle.SingleCycle = true;

        await worker.StartAsync(CancellationToken.None);
        await worker.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(30));
        await Task.Delay(Poll * 10);

        feed.Reads.Should().Be(1, "the forum feed is read once per cycle");
        cycle.Last.Should().NotBeNull();
        await worker.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Execute_Polling_RunsAnotherCycleAfterThePollInterval()
    {
        var feed = new CountingFeed();
        var (worker, _) = Worker(feed);

        await worker.StartAsync(CancellationToken.None);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (feed.Reads < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(Poll);
        }

        await worker.StopAsync(CancellationToken.None);
        feed.Reads.Should().BeGreaterThanOrEqualTo(2);
    }

    private (IngestWorker Worker, IngestCycle Cycle) Worker(CountingFeed feed)
    {
        var options = Options.Create(new IngestOptions { AuthorKeySecret = new string('k', 32), PollInterval = Poll });
        var pipeline = new IngestPipeline(PipelineStore.Enricher(options), _db.Store, options, NullLogger<IngestPipeline>.Instance);
        var keeper = new SourceLeaseKeeper(new SourceLeases(_db.Database), options, TimeProvider.System, NullLogger<SourceLeaseKeeper>.Instance);
        var leased = new LeasedSourceIngest(pipeline, keeper, new Sermo.Ingest.Retention.RawFileRetention(Options.Create(new IngestOptions()), TimeProvider.System, NullLogger<Sermo.Ingest.Retention.RawFileRetention>.Instance), NullLogger<LeasedSourceIngest>.Instance);
        var cycle = new IngestCycle(
            new IngestSources(new ForumFeedSource(feed), options), pipeline, leased, options, TimeProvider.System, NullLogger<IngestCycle>.Instance);
        return (new IngestWorker(cycle, options, TimeProvider.System, NullLogger<IngestWorker>.Instance), cycle);
    }

    /// <summary>An empty forum that counts how often its changes are read.</summary>
    private sealed class CountingFeed : IForumChangeFeed
    {
        private int _reads;

        public int Reads => Volatile.Read(ref _reads);

        public Task<ForumChangePage> ReadAsync(long afterCursor, int maxChanges, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _reads);
            return Task.FromResult(new ForumChangePage([], afterCursor, false));
        }

        public Task<IReadOnlyCollection<string>> GetMemberHandlesAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyCollection<string>>([]);
    }
}
