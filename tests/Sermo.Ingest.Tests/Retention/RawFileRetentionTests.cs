using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Sermo.Forum.Feed;
using Sermo.Forum.Storage;
using Sermo.Ingest.Anonymization;
using Sermo.Ingest.DeadLetters;
using Sermo.Ingest.Pipeline;
using Sermo.Ingest.Retention;
using Sermo.Ingest.Sources;
using Sermo.Ingest.Tests.Pipeline;
using Sermo.Storage.Ingestion;

namespace Sermo.Ingest.Tests.Retention;

/// <summary>
/// Decision 097: a raw drop or push file leaves the drop folder once its posts are committed, waits in processed/ for
/// Ingest:RawRetentionDays so a dead letter can still be replayed, and is then deleted by the host on its own clock.
/// Before, every file stayed in the drop folder for good, raw text and author references included.
/// </summary>
public sealed class RawFileRetentionTests : IDisposable
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly PipelineStore _db = new("retention-tests");
    private readonly FakeTimeProvider _clock = new(Monday);
    private readonly string _drop;
    private readonly string _file;

    public RawFileRetentionTests()
    {
        _drop = Path.Combine(_db.Folder, "drop");
        Directory.CreateDirectory(_drop);
        _file = Path.Combine(_drop, "partner.jsonl");
        File.WriteAllText(_file, string.Join('\n',
            Line("p1", "2026-03-01T10:00:00Z", "Eliquis dose question from Dr. Harriet Vane"),
            Line("p2", "2026-03-01T11:00:00Z", "Long case about the bleeding " + new string('x', 120))) + "\n", new UTF8Encoding(false));
    }

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Ingest_DrainedDropFile_MovedToProcessedThenDeletedWhenItsRetentionDaysPass()
    {
        var options = Options(retentionDays: 7);
        await Leased(options).RunAsync(new JsonlFileSource(_file, 1 << 20), null, Ct);

        File.Exists(_file).Should().BeFalse("a drained file leaves the drop folder");
        var retained = Path.Combine(_drop, RawFileRetention.ProcessedFolderName, "partner.jsonl");
        File.Exists(retained).Should().BeTrue();
        var retention = Retention(options);
        _clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        retention.Sweep().Should().Be(0, "the window has a minute to go");
        _clock.Advance(TimeSpan.FromMinutes(1));
        retention.Sweep().Should().Be(1);
        RawBytesUnder(_drop).Should().NotContain("partner-7").And.NotContain("Harriet Vane", "no raw author reference or text stays on disk");
    }

    [Fact]
    public async Task Ingest_RetentionZero_RawFileDeletedOnceDrained()
    {
        await Leased(Options(retentionDays: 0)).RunAsync(new JsonlFileSource(_file, 1 << 20), null, Ct);

        File.Exists(_file).Should().BeFalse();
        RawBytesUnder(_drop).Should().BeEmpty();
        (await _db.QueryAsync("SELECT count(*) FROM posts")).Single().Should().Be("1", "the post that passed is stored; the other is a dead letter");
    }

    [Fact]
    public async Task Ingest_FileOutsideTheDropFolder_LeftWhereItIs()
    {
        var elsewhere = Path.Combine(_db.Folder, "verb-input.jsonl");
        File.Copy(_file, elsewhere);

        await Leased(Options(retentionDays: 0)).RunAsync(new JsonlFileSource(elsewhere, 1 << 20), null, Ct);

        File.Exists(elsewhere).Should().BeTrue("a file a verb was pointed at is the caller's");
    }

    [Fact]
    public async Task Replay_InsideTheWindow_ReadsTheRetainedFileAndAfterItSaysTheRawRecordIsGone()
    {
        var tight = Options(retentionDays: 7, maxTextChars: 100);
        await Leased(tight).RunAsync(new JsonlFileSource(_file, 1 << 20), null, Ct);
        var row = (await new DeadLetterStore(_db.Database).ListAsync(new DeadLetterFilter(Reason: "text-too-large"), Ct)).Single();

        var (excerpt, _) = await Replay(Options(retentionDays: 7, maxTextChars: 1000)).ExcerptAsync(row, Ct);
        excerpt.Should().Contain("Long case");
        _clock.Advance(TimeSpan.FromDays(7));
        Retention(tight).Sweep();
        var late = await Replay(Options(retentionDays: 7, maxTextChars: 1000)).ReplayAsync(row, Ct);

        late.Summary.Should().BeNull();
        late.Unrecoverable.Should().StartWith("the raw record is gone").And.Contain("partner.jsonl").And.Contain("Ingest:RawRetentionDays");
    }

    [Fact]
    public async Task Worker_OnItsOwnClock_DeletesARetainedFileWhenTheWindowPasses()
    {
        var options = Options(retentionDays: 1);
        await Leased(options).RunAsync(new JsonlFileSource(_file, 1 << 20), null, Ct);
        var retained = Path.Combine(_drop, RawFileRetention.ProcessedFolderName, "partner.jsonl");
        using var worker = new RawRetentionWorker(Retention(options), options, _clock, NullLogger<RawRetentionWorker>.Instance);

        await worker.StartAsync(Ct);
        // The worker runs on a thread of its own, so its next wait may begin after any one move of the clock: the clock
        // moves a sweep interval at a time, as a host's does, and the file stays until a day has passed.
        var passed = TimeSpan.Zero;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (File.Exists(retained) && DateTime.UtcNow < deadline)
        {
            if (passed < TimeSpan.FromDays(7))
            {
                _clock.Advance(options.Value.RawRetentionSweepInterval);
                passed += options.Value.RawRetentionSweepInterval;
            }

            await Task.Delay(50);
            if (passed < TimeSpan.FromDays(1))
            {
                File.Exists(retained).Should().BeTrue($"the file is inside its one-day window after {passed}");
            }
        }

        await worker.StopAsync(Ct);
        File.Exists(retained).Should().BeFalse("the hourly sweeps passed the end of the one-day window");
    }

    private static string RawBytesUnder(string folder) =>
        string.Concat(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(File.ReadAllText));

    private RawFileRetention Retention(IOptions<IngestOptions> options) => new(options, _clock, NullLogger<RawFileRetention>.Instance);

    private LeasedSourceIngest Leased(IOptions<IngestOptions> options)
    {
        var keeper = new SourceLeaseKeeper(new SourceLeases(_db.Database), options, TimeProvider.System, NullLogger<SourceLeaseKeeper>.Instance);
        var pipeline = new IngestPipeline(PipelineStore.Enricher(options), _db.Store, options, NullLogger<IngestPipeline>.Instance);
        return new LeasedSourceIngest(pipeline, keeper, Retention(options), NullLogger<LeasedSourceIngest>.Instance);
    }

    private DeadLetterReplay Replay(IOptions<IngestOptions> options)
    {
        var forum = new ForumFeedSource(new ForumChangeFeed(new SqliteForumDatabase("Data Source=" + Path.Combine(_db.Folder, "forum.db"))));
        var pipeline = new IngestPipeline(PipelineStore.Enricher(options), _db.Store, options, NullLogger<IngestPipeline>.Instance);
        return new DeadLetterReplay(pipeline, forum, new PhiScrubber(), options);
    }

    private IOptions<IngestOptions> Options(int retentionDays, int maxTextChars = 100) => Microsoft.Extensions.Options.Options.Create(
        new IngestOptions { AuthorKeySecret = new string('k', 32), DropFolder = _drop, MaxTextChars = maxTextChars, RawRetentionDays = retentionDays });

    private static string Line(string id, string at, string text) =>
        $$"""{"id":"{{id}}","author":"partner-7","createdAt":"{{at}}","specialty":"cardiology","state":"TX","text":"{{text}}"}""";
}
