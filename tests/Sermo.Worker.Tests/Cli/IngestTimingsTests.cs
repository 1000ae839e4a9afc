using Sermo.Ingest.Pipeline;
using Sermo.Worker.Cli;

namespace Sermo.Worker.Tests.Cli;

public sealed class IngestTimingsTests
{
    [Fact]
    public void DescribeCosts_PassOfThousandRecords_PrintsEachStagePerRecordAndWhatTheOtherThreadsUsed()
    {
        static StageCost Cost(int milliseconds, int kilobytesPerRecord) => new(TimeSpan.FromMilliseconds(milliseconds), kilobytesPerRecord * 1024L * 1000);
        var summary = IngestRunSummary.Empty with { Read = 1000 };
        summary = summary with
        {
            Stages = IngestStageTimes.Zero with { Costs = new IngestStageCosts(Cost(30, 2), Cost(40, 3), Cost(50, 4), Cost(200, 12), Cost(100, 5), 0) },
        };
        var runtime = new IngestRuntimeCounters(40L * 1024 * 1024, 12, 3, 1, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(1.5), 1234);

        var line = IngestTimings.DescribeCosts(summary, TimeSpan.FromMilliseconds(400), runtime, 300L * 1024 * 1024);

        line.Should().StartWith("cost: per record")
            .And.Contain("runtime: JIT 1.5 s (1,234 methods), GC 12 gen0 / 3 gen1 / 1 gen2 paused 0.25 s, 40 MB allocated (41.0 KB per record)")
            .And.EndWith("peak RSS by the end of ingest 300 MB");
        if (ThreadCpuClock.IsAvailable)
        {
            // 400 ms of the process's CPU, 300 of it the enrichment's and the commit's: 100 µs per record elsewhere.
            line.Should().Contain("scrub 30 µs / 2.0 KB, tag 40 µs / 3.0 KB, classify 50 µs / 4.0 KB, enrich in all 200 µs / 12.0 KB, index 100 µs / 5.0 KB;")
                .And.Contain("other threads (reader, JIT, GC, thread pool) 100 µs");
        }
        else
        {
            line.Should().Contain("scrub 2.0 KB, tag 3.0 KB").And.Contain("CPU per stage not measured");
        }
    }
}
