using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Sermo.Analytics.Tagging;
using Sermo.Ingest.Anonymization;
using Sermo.Ingest.Pipeline;
using Sermo.Ingest.Sources;
using Sermo.Storage;
using Sermo.Storage.Ingestion;
using Sermo.Storage.Sqlite;

namespace Sermo.Ingest.Tests.Pipeline;

public sealed class IngestPipelineTests : IAsyncLifetime
{
    private const int GoodPosts = 25;
    private const string Phone = "555-867-5309";
    private readonly PipelineStore _db = new("pipeline-tests");
    private SqliteIngestStore _store = null!;
    private IngestPipeline _pipeline = null!;
    private string _dropPath = null!;

    public Task InitializeAsync()
    {
        _store = _db.Store;
        var options = PipelineStore.Options(batchSize: 10);
        _pipeline = new IngestPipeline(PipelineStore.Enricher(options), _store, options, NullLogger<IngestPipeline>.Instance);
        _dropPath = Path.Combine(_db.Folder, "drop.jsonl");
        File.WriteAllText(_dropPath, DropFile(), new UTF8Encoding(false));
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        _db.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Run_DropFile_PostsStoredScrubbedBadLinesDeadLetteredCheckpointSaved()
    {
        var source = new JsonlFileSource(_dropPath, 1024 * 1024);

        var summary = await _pipeline.RunAsync(source, null, CancellationToken.None);

        summary.Inserted.Should().Be(GoodPosts);
        summary.DeadLettered.Should().Be(2);
        summary.DeadLettersByReason.Should().BeEquivalentTo(new Dictionary<string, int> { ["malformed-json"] = 1, ["missing-author"] = 1 });
        (await _store.GetTotalsAsync(CancellationToken.None)).Should().Be(new StoreTotals(GoodPosts, 2));
        (await _store.GetCheckpointAsync(source.Name, CancellationToken.None)).Should().Be($"{LineCount}:{new FileInfo(_dropPath).Length}");
        var phonePost = await QueryAsync("SELECT text FROM posts WHERE post_id = 'drop:post-3'");
        phonePost.Should().ContainSingle().Which.Should().NotContain(Phone).And.Contain("[PHONE]");
        (await QueryAsync("SELECT author_key FROM posts")).Should().NotContain(k => k.StartsWith("member-", StringComparison.Ordinal));
        (await QueryAsync("SELECT reason || ' ' || position FROM dead_letters ORDER BY position"))
            .Should().BeEquivalentTo("malformed-json line 6", "missing-author line 16");
    }

    [Fact]
    public async Task Run_DropFile_SummaryCarriesEachStagesBusyTime()
    {
        var source = new JsonlFileSource(_dropPath, 1024 * 1024);

        var stages = (await _pipeline.RunAsync(source, null, CancellationToken.None)).Stages;

        // Three batches passed every stage; the named enrichment steps are parts of the enrichment's own time.
        stages.Read.Should().BePositive();
        stages.Scrub.Should().BePositive();
        stages.Tag.Should().BePositive();
        stages.Store.Should().BePositive();
        stages.Enrich.Should().BeGreaterThanOrEqualTo(stages.Scrub + stages.Tag + stages.Classify);
    }

    [Fact]
    public async Task Run_DropFile_SummaryCarriesEachStagesCpuAndAllocations()
    {
        var source = new JsonlFileSource(_dropPath, 1024 * 1024);

        var costs = (await _pipeline.RunAsync(source, null, CancellationToken.None)).Stages.Costs;

        // Every stage allocates (strings, lists, rows); the SQLite store's commit never leaves its thread, so all of
        // its batches are measured; the named steps run inside the enrichment, on its thread.
        costs.Scrub.AllocatedBytes.Should().BePositive();
        costs.Store.AllocatedBytes.Should().BePositive();
        costs.StoreUnmeasured.Should().Be(0);
        costs.Enrich.AllocatedBytes.Should().BeGreaterThanOrEqualTo(costs.Scrub.AllocatedBytes + costs.Tag.AllocatedBytes + costs.Classify.AllocatedBytes);
        if (OperatingSystem.IsLinux())
        {
            costs.Scrub.Cpu.Should().BePositive();
            costs.Store.Cpu.Should().BePositive();
            costs.Enrich.Cpu.Should().BeGreaterThanOrEqualTo(costs.Scrub.Cpu + costs.Tag.Cpu + costs.Classify.Cpu);
        }
    }

    [Fact]
    public async Task Run_SecondTime_ReadsNothingNew()
    {
        var source = new JsonlFileSource(_dropPath, 1024 * 1024);
        await _pipeline.RunAsync(source, null, CancellationToken.None);

        var again = await _pipeline.RunAsync(source, null, CancellationToken.None);

        again.Read.Should().Be(0);
        again.Inserted.Should().Be(0);
        (await _store.GetTotalsAsync(CancellationToken.None)).Should().Be(new StoreTotals(GoodPosts, 2));
    }

    [Fact]
    public async Task Run_CancelledMidway_CommittedBatchesMatchCheckpointAndRerunCompletesWithoutDuplicates()
    {
        using var cts = new CancellationTokenSource();
        var inner = new JsonlFileSource(_dropPath, 1024 * 1024);
        // Cancel once the first batch is committed and a partial second batch is in flight.
        var cancelling = new CancelAfterSource(inner, cancelAfter: 17, cts, FirstBatchCommittedAsync);

        var run = () => _pipeline.RunAsync(cancelling, null, cts.Token);

        await run.Should().ThrowAsync<OperationCanceledException>();
        var checkpoint = await _store.GetCheckpointAsync(cancelling.Name, CancellationToken.None) ?? "";
        checkpoint.Should().Contain(":");
        var committedLines = int.Parse(checkpoint[..checkpoint.IndexOf(':', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
        committedLines.Should().BeInRange(10, 17);
        var storedIds = await QueryAsync("SELECT post_id FROM posts");
        storedIds.Should().BeEquivalentTo(GoodIdsUpTo(committedLines), "exactly the lines up to the checkpoint are committed");

        var rerun = await _pipeline.RunAsync(new JsonlFileSource(_dropPath, 1024 * 1024), null, CancellationToken.None);

        rerun.Read.Should().Be(LineCount - committedLines - BlankLinesAfter(committedLines));
        rerun.Unchanged.Should().Be(0, "nothing committed before the cancellation is read again");
        (await QueryAsync("SELECT post_id FROM posts")).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(GoodIdsUpTo(LineCount));
        (await _store.GetTotalsAsync(CancellationToken.None)).Should().Be(new StoreTotals(GoodPosts, 2));
    }

    // Lines: 25 good posts with a malformed line at 6, a blank line at 11 and a post without author at 16.
    private static readonly string[] Lines = BuildLines();

    private static int LineCount => Lines.Length;

    private static string[] BuildLines()
    {
        var lines = new List<string>();
        var post = 0;
        for (var lineNumber = 1; post < GoodPosts || lineNumber <= 16; lineNumber++)
        {
            lines.Add(lineNumber switch
            {
                6 => "{\"id\": \"broken\", ",
                11 => "",
                16 => Sources.JsonlFileSourceTests.Line("orphan", null, "No author on this one."),
                _ => Sources.JsonlFileSourceTests.Line($"post-{++post}", $"member-{post % 4}",
                    post == 3 ? $"Call my office at {Phone} about the apixaban dose." : $"Post number {post} about apixaban."),
            });
        }

        return [.. lines];
    }

    private static string DropFile() => string.Join('\n', Lines) + "\n";

    private static IEnumerable<string> GoodIdsUpTo(int lineNumber) =>
        Lines.Take(lineNumber).Select(l => System.Text.RegularExpressions.Regex.Match(l, "\"id\":\"(post-\\d+)\"", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)))
            .Where(m => m.Success).Select(m => "drop:" + m.Groups[1].Value);

    /// <summary>Waits for the first batch's commit however long a loaded machine takes (gave up after 5 s and cancelled too early before).</summary>
    private async Task FirstBatchCommittedAsync()
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        while (await _store.GetCheckpointAsync("drop:drop.jsonl", CancellationToken.None) is null)
        {
            await Task.Delay(10, patience.Token);
        }
    }

    private static int BlankLinesAfter(int lineNumber) => Lines.Skip(lineNumber).Count(string.IsNullOrWhiteSpace);

    private Task<List<string>> QueryAsync(string sql) => _db.QueryAsync(sql);

    /// <summary>Cancels the run right after handing out a given number of items, like a shutdown mid-file.</summary>
    private sealed class CancelAfterSource(IPostSource inner, int cancelAfter, CancellationTokenSource cts, Func<Task> beforeCancel) : IPostSource
    {
        public string Name => inner.Name;

        public async IAsyncEnumerable<SourceItem> ReadAsync(string? checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var handed = 0;
            await foreach (var item in inner.ReadAsync(checkpoint, cancellationToken))
            {
                yield return item;
                if (++handed == cancelAfter)
                {
                    await beforeCancel();
                    await cts.CancelAsync();
                }
            }
        }

        public Task<IReadOnlyCollection<string>> GetKnownHandlesAsync(CancellationToken cancellationToken) => inner.GetKnownHandlesAsync(cancellationToken);
    }
}
