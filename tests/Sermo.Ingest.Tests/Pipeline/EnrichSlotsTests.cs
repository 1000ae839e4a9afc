using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Sermo.Analytics.Tagging;
using Sermo.Ingest.Anonymization;
using Sermo.Ingest.Pipeline;
using Sermo.Ingest.Sources;

namespace Sermo.Ingest.Tests.Pipeline;

public sealed class EnrichSlotsTests : IDisposable
{
    private const int Posts = 24;
    private readonly PipelineStore _db = new("enrich-slots-tests");

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Run_ManyBatchesAndSpareThreads_EnrichesAtMostOneBatchPerCore()
    {
        // Twelve batches of two: more than the read-ahead (cores + 1), the batch the writer awaits and the one being
        // handed over together, so without a cap more batches than cores would be enriched at once.
        var options = PipelineStore.Options(batchSize: 2);
        var tagger = new OverlapCountingTagger(TimeSpan.FromMilliseconds(30));
        var pipeline = new IngestPipeline(
            new PostEnricher(new PhiScrubber(), tagger, options, TimeProvider.System), _db.Store, options, NullLogger<IngestPipeline>.Instance);
        var drop = Path.Combine(_db.Folder, "drop.jsonl");
        var lines = Enumerable.Range(1, Posts).Select(i => Sources.JsonlFileSourceTests.Line($"post-{i}", $"member-{i % 3}", $"Post number {i} about apixaban."));
        await File.WriteAllTextAsync(drop, string.Join('\n', lines) + "\n", new UTF8Encoding(false));

        // Threads to spare, so only the pipeline's own cap can keep the overlap down.
        ThreadPool.GetMinThreads(out var workers, out var completion);
        ThreadPool.SetMinThreads(Math.Max(workers, 4 * Environment.ProcessorCount + 8), completion);
        IngestRunSummary summary;
        try
        {
            summary = await pipeline.RunAsync(new JsonlFileSource(drop, 1024 * 1024), null, CancellationToken.None);
        }
        finally
        {
            ThreadPool.SetMinThreads(workers, completion);
        }

        summary.Inserted.Should().Be(Posts);
        tagger.MostAtOnce.Should().BeLessThanOrEqualTo(Environment.ProcessorCount);
        if (Environment.ProcessorCount > 1)
        {
            tagger.MostAtOnce.Should().BeGreaterThan(1, "batches are still enriched in parallel");
        }
    }

    /// <summary>Holds each call for a while and records how many calls were inside it at once (one per batch being enriched).</summary>
    private sealed class OverlapCountingTagger(TimeSpan hold) : ITextTagger
    {
        private int _inside;
        private int _most;

        public int MostAtOnce => Volatile.Read(ref _most);

        public TagResult Tag(string text)
        {
            var inside = Interlocked.Increment(ref _inside);
            var most = Volatile.Read(ref _most);
            while (inside > most)
            {
                var seen = Interlocked.CompareExchange(ref _most, inside, most);
                if (seen == most)
                {
                    break;
                }

                most = seen;
            }

            Thread.Sleep(hold);
            Interlocked.Decrement(ref _inside);
            return new TagResult([], [], Sentiment.Neutral, 0);
        }
    }
}
