using Sermo.Storage.Ingestion;
using Sermo.Storage.ReportRuns;

namespace Sermo.Storage.Tests.ReportRuns;

/// <summary>Privacy rule 3 in storage: a run's quotes are tracked per post, and deleting a quoted post leaves the run stale.</summary>
public abstract class ReportQuotesContract : StoreTest
{
    private static readonly DateTimeOffset March = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Day = new(2026, 3, 10);

    [Fact]
    public async Task SaveInputs_QuotedPostDeleted_RunStaleAndQuoteTextGone()
    {
        await UpsertAsync(Post("p1", "a1", March, "Eliquis one."), Post("p2", "a2", March, "Eliquis two."));
        var log = new ReportRunLog(Database);
        var run = await PublishedRunAsync(log, "acme", "/outbox/acme/weekly-2026-W11", Quote(0, "p1"), Quote(1, "p2"));

        await Store.CommitAsync(new IngestBatch("test", null, [], ["p1"], [], []), Ct);

        var inputs = (await log.FindInputsAsync("acme", run.RenderId, Ct))!;
        inputs.Stale.Should().BeTrue();
        inputs.Quotes.Select(q => q.PostId).Should().Equal("p2");
        (await ScalarAsync("SELECT COUNT(*) FROM report_run_quotes WHERE text LIKE '%one%'")).Should().Be(0, "the withdrawn text leaves the server-side copy too");
        (await log.ListStaleAsync("acme", Ct)).Should().ContainSingle().Which.RunId.Should().Be(run.RunId);
    }

    [Fact]
    public async Task SaveInputs_AuthorOptsOut_EveryRunQuotingThemStale()
    {
        await UpsertAsync(Post("p1", "author-x", March, "Eliquis one."), Post("p2", "author-y", March, "Eliquis two."));
        var log = new ReportRunLog(Database);
        var quotingX = await PublishedRunAsync(log, "acme", "/outbox/acme/weekly-2026-W11", Quote(0, "p1"));
        var notQuotingX = await PublishedRunAsync(log, "beta", "/outbox/beta/weekly-2026-W11", Quote(0, "p2"));

        await Store.CommitAsync(new IngestBatch("test", null, [], [], ["author-x"], []), Ct);

        (await log.ListStaleAsync(null, Ct)).Select(r => r.RunId).Should().Equal(quotingX.RunId);
        (await log.FindInputsAsync("beta", notQuotingX.RenderId, Ct))!.Stale.Should().BeFalse();
    }

    [Fact]
    public async Task SaveInputs_PostAlreadyDeleted_QuoteLeftOutAndRunCurrent()
    {
        await UpsertAsync(Post("p1", "a1", March, "Eliquis one."));
        var log = new ReportRunLog(Database);
        var runId = await log.StartAsync("acme", "weekly", "2026-W11", March, Ct);

        var kept = await log.SaveInputsAsync(runId, "render-1", "/outbox/acme/weekly-2026-W11", ["html"], "{}", [Quote(0, "p1"), Quote(1, "gone")], Ct);

        kept.Select(q => q.PostId).Should().Equal("p1");
        (await log.FindInputsAsync("acme", "render-1", Ct))!.Stale.Should().BeFalse();
    }

    /// <summary>Decision 105: a re-render refills a section that lost a quote, and the replacements are tracked like the first quotes.</summary>
    [Fact]
    public async Task ReplaceSectionQuotes_RefillAfterDeletion_OtherSectionKeptMissingPostLeftOutReplacementTracked()
    {
        await UpsertAsync(Post("p1", "a1", March, "Eliquis one."), Post("p2", "a2", March, "Eliquis two."),
            Post("p3", "a3", March, "Eliquis three."), Post("p4", "a4", March, "Eliquis four."));
        var log = new ReportRunLog(Database);
        var run = await PublishedRunAsync(log, "acme", "/outbox/acme/weekly-2026-W11", Quote(0, "p1"), Quote(1, "p2"), Quote(0, "p3") with { TermIndex = 1 });
        await Store.CommitAsync(new IngestBatch("test", null, [], ["p1"], [], []), Ct);

        var kept = await log.ReplaceSectionQuotesAsync(run.RunId, 0, [Quote(0, "p2"), Quote(1, "gone"), Quote(2, "p4")], Ct);

        kept.Select(q => q.PostId).Should().Equal("p2", "p4");
        var inputs = (await log.FindInputsAsync("acme", run.RenderId, Ct))!;
        inputs.Quotes.Select(q => (q.TermIndex, q.PostId)).Should().Equal((0, "p2"), (0, "p4"), (1, "p3"));
        await log.MarkRerenderedAsync(run.RunId, inputs.Removals, March, Ct);
        (await log.FindPlaceAsync("acme", run.RenderId, Ct))!.Stale.Should().BeFalse();

        await Store.CommitAsync(new IngestBatch("test", null, [], ["p4"], [], []), Ct);
        (await log.FindPlaceAsync("acme", run.RenderId, Ct))!.Stale.Should().BeTrue("deleting a replacement quote marks the run stale as well");
    }

    [Fact]
    public async Task FindInputs_OtherClientsRenderId_Null()
    {
        await UpsertAsync(Post("p1", "a1", March, "Eliquis one."));
        var log = new ReportRunLog(Database);
        var run = await PublishedRunAsync(log, "acme", "/outbox/acme/weekly-2026-W11", Quote(0, "p1"));

        (await log.FindInputsAsync("beta", run.RenderId, Ct)).Should().BeNull();
    }

    [Fact]
    public async Task FindPlace_QuotedPostDeletedThenRerendered_StaleUntilRerenderedAndOtherClientsNull()
    {
        await UpsertAsync(Post("p1", "a1", March, "Eliquis one."), Post("p2", "a2", March, "Eliquis two."));
        var log = new ReportRunLog(Database);
        var run = await PublishedRunAsync(log, "acme", "/outbox/acme/weekly-2026-W11", Quote(0, "p1"), Quote(1, "p2"));
        (await log.FindPlaceAsync("acme", run.RenderId, Ct)).Should().Be(new ReportRunPlace(run.RunId, "/outbox/acme/weekly-2026-W11", false));

        await Store.CommitAsync(new IngestBatch("test", null, [], ["p1"], [], []), Ct);
        (await log.FindPlaceAsync("acme", run.RenderId, Ct))!.Stale.Should().BeTrue("a quoted post was deleted");
        var inputs = (await log.FindInputsAsync("acme", run.RenderId, Ct))!;
        await log.MarkRerenderedAsync(inputs.RunId, inputs.Removals, March.AddDays(1), Ct);

        (await log.FindPlaceAsync("acme", run.RenderId, Ct))!.Stale.Should().BeFalse();
        (await log.FindPlaceAsync("beta", run.RenderId, Ct)).Should().BeNull();
    }

    [Fact]
    public async Task MarkRerendered_DeletionWhileRendering_StaysStale()
    {
        await UpsertAsync(Post("p1", "a1", March, "Eliquis one."), Post("p2", "a2", March, "Eliquis two."));
        var log = new ReportRunLog(Database);
        var run = await PublishedRunAsync(log, "acme", "/outbox/acme/weekly-2026-W11", Quote(0, "p1"), Quote(1, "p2"));
        await Store.CommitAsync(new IngestBatch("test", null, [], ["p1"], [], []), Ct);
        var seen = (await log.FindInputsAsync("acme", run.RenderId, Ct))!;

        // p2 goes while the re-render of what was read above is being written.
        await Store.CommitAsync(new IngestBatch("test", null, [], ["p2"], [], []), Ct);
        await log.MarkRerenderedAsync(seen.RunId, seen.Removals, March.AddDays(1), Ct);

        var after = (await log.FindInputsAsync("acme", run.RenderId, Ct))!;
        after.Stale.Should().BeTrue("the re-render that was just published still shows p2");
        after.Quotes.Should().BeEmpty();
        after.RerenderedAt.Should().Be(March.AddDays(1));
        await log.MarkRerenderedAsync(after.RunId, after.Removals, March.AddDays(2), Ct);
        (await log.FindInputsAsync("acme", run.RenderId, Ct))!.Stale.Should().BeFalse();
    }

    [Fact]
    public async Task Finish_LaterRunOfSameFolder_EarlierInputsDroppedAndFailedRunKeepsNone()
    {
        await UpsertAsync(Post("p1", "a1", March, "Eliquis one."));
        var log = new ReportRunLog(Database);
        var first = await PublishedRunAsync(log, "acme", "/outbox/acme/weekly-2026-W11", Quote(0, "p1"));
        var second = await PublishedRunAsync(log, "acme", "/outbox/acme/weekly-2026-W11", Quote(0, "p1"));
        var failed = await log.StartAsync("acme", "weekly", "2026-W11", March, Ct);
        await log.SaveInputsAsync(failed, "render-failed", "/outbox/acme/weekly-2026-W11", ["html"], "{}", [Quote(0, "p1")], Ct);
        await log.FinishAsync(failed, ReportRunStatus.Failed, "IOException: disk full", null, March, Ct);

        (await log.FindInputsAsync("acme", first.RenderId, Ct)).Should().BeNull();
        (await log.FindInputsAsync("acme", "render-failed", Ct)).Should().BeNull();
        (await log.FindInputsAsync("acme", second.RenderId, Ct)).Should().NotBeNull();
        (await ScalarAsync("SELECT COUNT(*) FROM report_run_quotes")).Should().Be(1);
    }

    [Fact]
    public async Task ApiKeys_IssuedKey_FindsItsClientUntilRevokedAndOnlyItsHashIsStored()
    {
        var keys = new ClientApiKeys(Database);
        var key = await keys.IssueAsync("acme", March, Ct);

        (await keys.FindClientAsync(key, Ct)).Should().Be("acme");
        (await keys.FindClientAsync(key + "x", Ct)).Should().BeNull();
        (await ScalarAsync($"SELECT COUNT(*) FROM client_api_keys WHERE key_hash = '{key}'")).Should().Be(0);
        (await keys.RevokeAsync("acme", March.AddDays(1), Ct)).Should().Be(1);
        (await keys.FindClientAsync(key, Ct)).Should().BeNull();
    }

    [Fact]
    public async Task Audit_Reads_ListedNewestFirstPerClientWithCallerAndOutcome()
    {
        var audit = new ClientReadAudit(Database);
        var first = await audit.BeginAsync("acme", "reports", March, Ct);
        await audit.FinishAsync(first, "acme", "served", Ct);
        var denied = await audit.BeginAsync("acme", "reports/weekly-2026-W11/report.html", March.AddMinutes(1), Ct);
        await audit.FinishAsync(denied, "beta", "denied", Ct);
        await audit.BeginAsync("acme", "reports/weekly-2026-W11/report.pdf", March.AddMinutes(2), Ct);
        var own = await audit.BeginAsync("beta", "reports", March.AddMinutes(3), Ct);
        await audit.FinishAsync(own, null, "no-key", Ct);

        var reads = await audit.ListAsync("acme", 10, Ct);

        reads.Select(r => (r.Resource, r.Caller, r.Outcome, r.ReadAt)).Should().Equal(
            ("reports/weekly-2026-W11/report.pdf", null, "requested", March.AddMinutes(2)),
            ("reports/weekly-2026-W11/report.html", "beta", "denied", March.AddMinutes(1)),
            ("reports", "acme", "served", March));
        (await audit.ListAsync("beta", 10, Ct)).Select(r => r.Outcome).Should().Equal("no-key", "denied");
    }

    private static ReportQuote Quote(int position, string postId) => new(0, position, postId, Day, $"excerpt of {postId}");

    private static async Task<ReportRunInputs> PublishedRunAsync(ReportRunLog log, string client, string folder, params ReportQuote[] quotes)
    {
        var runId = await log.StartAsync(client, "weekly", "2026-W11", March, Ct);
        var renderId = Guid.NewGuid().ToString("N");
        await log.SaveInputsAsync(runId, renderId, folder, ["html"], "{}", quotes, Ct);
        await log.FinishAsync(runId, ReportRunStatus.Succeeded, null, folder, March, Ct);
        return (await log.FindInputsAsync(client, renderId, Ct))!;
    }
}
