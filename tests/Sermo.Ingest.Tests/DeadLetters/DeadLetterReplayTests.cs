using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Sermo.Forum.Feed;
using Sermo.Forum.Storage;
using Sermo.Ingest.Anonymization;
using Sermo.Ingest.DeadLetters;
using Sermo.Ingest.Pipeline;
using Sermo.Ingest.Sources;
using Sermo.Ingest.Tests.Pipeline;
using Sermo.Storage.Ingestion;

namespace Sermo.Ingest.Tests.DeadLetters;

/// <summary>After a fix, an operator replays dead letters from the drop file they came from, on a real SQLite store.</summary>
public sealed class DeadLetterReplayTests : IDisposable
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly PipelineStore _db = new("replay-tests");
    private readonly string _drop;
    private readonly string _file;

    public DeadLetterReplayTests()
    {
        _drop = Path.Combine(_db.Folder, "drop");
        Directory.CreateDirectory(_drop);
        _file = Path.Combine(_drop, "partner.jsonl");
        File.WriteAllText(_file, string.Join('\n',
            Line("p1", "2026-03-02T10:00:00Z", "Eliquis dose question"),
            Line("p2", "2026-03-02T11:00:00Z", "Long case: call me at 555-201-3344 about the bleeding. " + new string('x', 120)),
            Line("p3", "0001-01-01T00:00:00Z", "Ancient post"),
            Line("p4", "2026-03-03T10:00:00Z", "Switched to apixaban")) + "\n", new UTF8Encoding(false));
    }

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Replay_AfterTheLimitIsRaised_TooLongPostStoredAndRowClosedWhileImplausibleDateIsRefusedAgain()
    {
        var summary = await Pipeline(maxTextChars: 100).RunAsync(new JsonlFileSource(_file, 1 << 20), null, Ct);
        summary.DeadLettersByReason.Should().BeEquivalentTo(new Dictionary<string, int> { ["text-too-large"] = 1, ["bad-timestamp"] = 1 });
        var rows = (await Letters.ListAsync(new DeadLetterFilter(), Ct)).OrderBy(r => r.Id).ToList();

        var replay = Replay(maxTextChars: 1000);
        var tooLong = await replay.ReplayAsync(rows[0], Ct);
        var ancient = await replay.ReplayAsync(rows[1], Ct);

        tooLong.Summary!.Inserted.Should().Be(1);
        ancient.Summary!.Inserted.Should().Be(0);
        ancient.Summary.DeadLettersByReason.Should().ContainKey("bad-timestamp");
        (await _db.QueryAsync("SELECT post_id FROM posts ORDER BY post_id")).Should().Equal("drop:p1", "drop:p2", "drop:p4");
        (await _db.QueryAsync("SELECT text FROM posts WHERE post_id = 'drop:p2'")).Single().Should().Contain("[PHONE]").And.NotContain("555-201-3344");
        var open = await Letters.ListAsync(new DeadLetterFilter(), Ct);
        open.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Reason = "bad-timestamp", Position = "line 3" });
        (await Letters.FindAsync(rows[0].Id, Ct))!.ReplayOutcome.Should().Be("re-read 1 records: 1 accepted, 0 refused again");
        (await _db.Store.GetCheckpointAsync("drop:partner.jsonl", Ct)).Should().StartWith("4:", "a replay never moves the source's checkpoint");
    }

    [Fact]
    public async Task Excerpt_RefusedPost_ScrubbedFromTheOriginalAndNeverStored()
    {
        await Pipeline(maxTextChars: 100).RunAsync(new JsonlFileSource(_file, 1 << 20), null, Ct);
        var row = (await Letters.ListAsync(new DeadLetterFilter(Reason: "text-too-large"), Ct)).Single();

        var (excerpt, _) = await Replay(maxTextChars: 100).ExcerptAsync(row, Ct);

        excerpt.Should().Contain("[PHONE]").And.NotContain("555-201-3344");
        excerpt!.Length.Should().BeLessThanOrEqualTo(DeadLetterReplay.ExcerptChars + 1);
        (await _db.QueryAsync("SELECT coalesce(excerpt, '') FROM dead_letters")).Should().OnlyContain(e => e.Length == 0);
    }

    [Fact]
    public async Task Replay_FileGone_RowStaysOpenAndSaysWhy()
    {
        await Pipeline(maxTextChars: 100).RunAsync(new JsonlFileSource(_file, 1 << 20), null, Ct);
        File.Delete(_file);
        var row = (await Letters.ListAsync(new DeadLetterFilter(Reason: "text-too-large"), Ct)).Single();

        var result = await Replay(maxTextChars: 1000).ReplayAsync(row, Ct);

        result.Summary.Should().BeNull();
        result.Unrecoverable.Should().Contain("partner.jsonl").And.Contain("the raw record is gone");
        (await Letters.FindAsync(row.Id, Ct))!.ReplayedAt.Should().BeNull();
    }

    private DeadLetterStore Letters => new(_db.Database);

    private IngestPipeline Pipeline(int maxTextChars)
    {
        var options = Options(maxTextChars);
        return new IngestPipeline(PipelineStore.Enricher(options), _db.Store, options, NullLogger<IngestPipeline>.Instance);
    }

    private DeadLetterReplay Replay(int maxTextChars)
    {
        var forum = new ForumFeedSource(new ForumChangeFeed(new SqliteForumDatabase("Data Source=" + Path.Combine(_db.Folder, "forum.db"))));
        return new DeadLetterReplay(Pipeline(maxTextChars), forum, new PhiScrubber(), Options(maxTextChars));
    }

    private IOptions<IngestOptions> Options(int maxTextChars) => Microsoft.Extensions.Options.Options.Create(
        new IngestOptions { AuthorKeySecret = new string('k', 32), DropFolder = _drop, MaxTextChars = maxTextChars });

    private static string Line(string id, string at, string text) =>
        $$"""{"id":"{{id}}","author":"partner-7","createdAt":"{{at}}","specialty":"cardiology","state":"TX","text":"{{text}}"}""";
}
