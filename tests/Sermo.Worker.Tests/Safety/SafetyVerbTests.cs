using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sermo.Analytics.Posts;
using Sermo.Analytics.Tagging;
using Sermo.Analytics.Watchlists;
using Sermo.Storage.Clients;
using Sermo.Storage.Ingestion;
using Sermo.Worker.Jobs;
using Sermo.Worker.Tests.Cli;
using Sermo.Worker.Tests.Reports;

namespace Sermo.Worker.Tests.Safety;

/// <summary>The <c>safety queue</c> verbs on a real data folder: the rollup job queues, reviewers decide and export, every use audited.</summary>
[Collection("Console")]
public sealed class SafetyVerbTests : IDisposable
{
    private const string Text = "Started my 81yo patient on Eliquis in September and she came in with a GI bleed.";
    private readonly TempDataFolder _folder = new("safety", create: false);

    public void Dispose()
    {
        _folder.Dispose();
    }

    [Fact]
    public async Task QueueVerbs_RollupQueuesPost_ListDecideExportAuditedWithoutMemberIdentity()
    {
        await SeedAsync();
        var csv = Path.Combine(_folder, "reviewed.csv");

        var list = await CliRun.RunAsync("safety", "queue", "list", "--reviewer", "dr-safety", "--data", _folder);
        var decide = await CliRun.RunAsync("safety", "queue", "decide", "--id", "1", "--decision", "valid-case", "--reviewer", "dr-safety", "--data", _folder);
        var export = await CliRun.RunAsync("safety", "queue", "export", "--out", csv, "--reviewer", "dr-safety", "--data", _folder);
        var missing = await CliRun.RunAsync("safety", "queue", "show", "--id", "99", "--reviewer", "dr-safety", "--data", _folder);
        var audit = await CliRun.RunAsync("report", "reads", "--client", "sermo-safety", "--data", _folder);

        list.Exit.Should().Be(0, list.Error);
        list.Output.Should().Contain("++++  Eliquis → GI bleed").And.Contain("1 open item(s)");
        decide.Output.Should().Contain("item 1: valid-case by dr-safety");
        export.Exit.Should().Be(0, export.Error);
        var lines = await File.ReadAllLinesAsync(csv);
        lines[0].Should().StartWith("C.1.1 Sender's (case) Safety Report Unique Identifier,");
        lines.Should().HaveCount(2);
        lines[1].Should().StartWith("SERMO-AE-000001,").And.Contain("GI bleed").And.Contain("valid-case");
        string.Join("\n", lines).Should().NotContain("author-secret").And.NotContain("forum:ae1");
        missing.Exit.Should().Be(2);
        missing.Error.Should().Contain("No safety queue item 99");
        audit.Output.Should().Contain("dr-safety").And.Contain("queue list").And.Contain("not-found").And.Contain("queue export");
    }

    private async Task SeedAsync()
    {
        Directory.CreateDirectory(_folder);
        using var host = ReportHosts.Build(_folder, new Dictionary<string, string?>(), services => services.AddSingleton<TimeProvider>(
            new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero))));
        var services = host.Services;
        await services.GetRequiredService<IClientRegistry>().UpsertAsync(new ClientRecord("acme", "Acme", ClientKinds.Pharma, 5,
            new Watchlist("acme", "Acme", ClientKinds.Pharma, [new WatchlistTerm("Eliquis", ["eliquis", "apixaban"])]), "[]"), CancellationToken.None);
        var tags = ClinicalTagger.CreateDefault().Tag(Text);
        var post = new TaggedPost("forum:ae1", "forum", "author-secret", new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero), "Cardiology", "TX", Text, 0,
            tags.Entities, tags.AdverseEvents, tags.PostSentiment, tags.SentimentScore);
        await services.GetRequiredService<IIngestStore>().CommitAsync(new IngestBatch("test", null, [post], [], [], []), CancellationToken.None);
        await services.GetRequiredService<CubeRollupJob>().RunAsync(CancellationToken.None);
    }
}
