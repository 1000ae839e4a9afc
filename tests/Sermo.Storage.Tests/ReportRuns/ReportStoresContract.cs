using Sermo.Storage.Cube;
using Sermo.Storage.Excerpts;
using Sermo.Storage.ReportRuns;

namespace Sermo.Storage.Tests.ReportRuns;

public abstract class ReportStoresContract : StoreTest
{
    private static readonly DateTimeOffset March = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task FindExcerpts_MatchWordsInShownDays_OldestFirstWithoutAuthorKeys()
    {
        await UpsertAsync(
            Post("p1", "author-secret-1", March, "Started apixaban in a frail patient, no bleeding so far."),
            Post("p2", "author-secret-2", March.AddDays(2), "Eliquis dosing in CKD stage 3 is easy."),
            Post("p3", "author-secret-3", March.AddDays(20), "Eliquis again, but this day is not shown."),
            Post("p4", "author-secret-4", March.AddDays(1), "Warfarin only here."));

        var excerpts = await Backend.Excerpts().FindAsync(
            ["eliquis", "apixaban"], [(new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 15))], SegmentBy.None, null, 5, Ct);

        excerpts.Select(e => e.Day).Should().Equal(new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 12));
        excerpts[1].Text.Should().Contain("Eliquis dosing");
        excerpts.Should().NotContain(e => e.Text.Contains("author-secret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FindExcerpts_OneSpecialty_OnlyItsMembersPosts()
    {
        await UpsertAsync(
            Post("p1", "a1", March, "Eliquis in cardiology clinic.", specialty: "Cardiology"),
            Post("p2", "a2", March.AddDays(1), "Eliquis in oncology clinic.", specialty: "Oncology"));

        var excerpts = await Backend.Excerpts().FindAsync(
            ["eliquis"], [(new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 15))], SegmentBy.Specialty, "Oncology", 5, Ct);

        excerpts.Should().ContainSingle().Which.Text.Should().Contain("oncology");
    }

    [Fact]
    public async Task FindExcerpts_WatchlistWordWithFtsSyntax_TreatedAsLiteralPhrase()
    {
        await UpsertAsync(Post("p1", "a1", March, "Tried t-dxd after progression; NEAR remission."));

        var store = Backend.Excerpts();
        var hits = await store.FindAsync(["t-dxd", "\"AND OR NOT", "*"], [(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31))], SegmentBy.None, null, 5, Ct);

        hits.Should().ContainSingle().Which.Text.Should().Contain("t-dxd");
    }

    [Fact]
    public async Task FindExcerpts_NoShownDays_ReturnsNothing()
    {
        await UpsertAsync(Post("p1", "a1", March, "Eliquis."));

        (await Backend.Excerpts().FindAsync(["eliquis"], [], SegmentBy.None, null, 5, Ct)).Should().BeEmpty();
    }

    [Fact]
    public async Task RunLog_StartThenFinish_ListedNewestFirstWithStatusErrorAndFolder()
    {
        var log = new ReportRunLog(Database);
        var ok = await log.StartAsync("acme", "weekly", "2026-W11", March, Ct);
        await log.FinishAsync(ok, ReportRunStatus.Succeeded, null, "/outbox/acme/weekly-2026-W11", March.AddSeconds(2), Ct);
        var failed = await log.StartAsync("acme", "weekly", "2026-W12", March.AddDays(7), Ct);
        await log.FinishAsync(failed, ReportRunStatus.Failed, "IOException: disk full", null, March.AddDays(7).AddSeconds(1), Ct);
        await log.StartAsync("beta", "daily", "2026-03-17", March.AddDays(7), Ct);

        var runs = await log.ListAsync("acme", 10, Ct);

        runs.Select(r => (r.Period, r.Status)).Should().Equal(("2026-W12", ReportRunStatus.Failed), ("2026-W11", ReportRunStatus.Succeeded));
        runs[0].Error.Should().Be("IOException: disk full");
        runs[1].Folder.Should().Be("/outbox/acme/weekly-2026-W11");
        runs[1].FinishedAt.Should().Be(March.AddSeconds(2));
        (await log.ListAsync(null, 10, Ct)).Should().HaveCount(3).And.Contain(r => r.ClientId == "beta" && r.Status == ReportRunStatus.Running);
    }
}
