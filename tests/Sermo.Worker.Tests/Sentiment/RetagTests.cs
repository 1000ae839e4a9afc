using Sermo.Worker.Tests.Cli;
using System.CommandLine;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Portal.Operations;
using Sermo.Worker.Cli;
using Sermo.Worker.Hosting;
using Sermo.Worker.Jobs;
using Sermo.Worker.Tests.EndToEnd;

namespace Sermo.Worker.Tests.Sentiment;

[Collection("Console")]
public sealed class RetagTests(DemoFixture demo) : IClassFixture<DemoFixture>
{
    [Fact]
    public async Task Retag_NewPromotedModel_RewritesRangeResumablyAndLabelsRoundTrip()
    {
        demo.FirstExitCode.Should().Be(0);
        File.ReadAllText(Path.Combine(demo.DataFolder, "models", "PROMOTED")).Trim().Should().Be("v0001", "the demo trains and promotes the sample model");

        // A deliberately odd model trained on nonsense: it reads the stored posts differently from the demo's model.
        var labels = Path.Combine(demo.DataFolder, "odd.csv");
        await File.WriteAllLinesAsync(labels, ["label,text", .. Enumerable.Range(0, 20).SelectMany(i => new[] { $"positive,zzz {i}", $"negative,the patient {i}", $"neutral,qqq {i}" })]);
        var registry = Path.Combine(demo.DataFolder, "models");
        (await Run("train", "sentiment", "--labels", labels, "--out", registry, "--holdout", "0", "--promote")).Exit.Should().Be(0);

        var before = NegativeShare("2026-01-01", "2026-01-31");
        var outside = NegativeShare("2026-03-01", "2026-03-31");
        var first = await Run("models", "retag", "--from", "2026-01-01", "--to", "2026-01-31", "--data", demo.DataFolder);
        first.Exit.Should().Be(0, first.Error);
        first.Output.Should().Contain("with v0002").And.Contain("cube rebuilt");
        NegativeShare("2026-01-01", "2026-01-31").Should().NotBe(before, "the range is re-tagged with the odd model");
        NegativeShare("2026-03-01", "2026-03-31").Should().Be(outside, "posts outside the range keep their sentiment");

        var again = await Run("models", "retag", "--from", "2026-01-01", "--to", "2026-01-31", "--data", demo.DataFolder);
        again.Output.Should().Contain("re-tagged 0 of").And.Contain("(resumed)");
        using (var host = SermoHost.Build(DataFolder.Resolve(demo.DataFolder, create: false), verbose: false))
        {
            // What the data team's page shows: a run in this host's job store, with the last progress line it wrote.
            await host.StartAsync();
            try
            {
                await host.Services.GetRequiredService<ForegroundJobs>().RunAsync<RetagJob, RetagOutcome>(
                    j => j.RunAsync("2026-03-01", "2026-03-31", null, CancellationToken.None), CancellationToken.None);
                var run = (await host.Services.GetRequiredService<IRetagProgress>().RecentAsync(10, CancellationToken.None)).Should().ContainSingle().Subject;
                run.State.Should().Be("Succeeded");
                run.Progress.Should().MatchRegex(@"^[\d,]+ of [\d,]+ posts re-tagged with v0002$");
            }
            finally
            {
                await host.StopAsync(CancellationToken.None);
            }
        }

        var export = Path.Combine(demo.DataFolder, "export.csv");
        (await Run("labels", "export", "--from", "2026-01-01", "--to", "2026-01-31", "--limit", "5", "--out", export, "--data", demo.DataFolder)).Exit.Should().Be(0);
        var exported = await File.ReadAllLinesAsync(export);
        exported[0].Should().Be("id,label,text");
        var training = Path.Combine(demo.DataFolder, "merged.csv");
        (await Run("labels", "import", "--in", export, "--into", training)).Output.Should().Contain("added 0 labelled rows", "an export nobody labelled adds nothing");
    }

    [Fact]
    public async Task Retag_TaskAspectsNewPromotedModel_RederivesStoredAspectsInRangeResumably()
    {
        demo.FirstExitCode.Should().Be(0);
        File.ReadAllText(Path.Combine(demo.DataFolder, "aspect-models", "PROMOTED")).Trim().Should().Be("v0001", "the demo trains and promotes the sample aspect model");
        var beforeInRange = StoredAspects("2026-01-01", "2026-01-31");
        beforeInRange.Should().Contain("\"aspect\"", "the demo's posts carry the demo model's aspects");
        var outside = StoredAspects("2026-03-01", "2026-03-31");

        // An odd aspect model that has seen only cost and dosing remarks: it reads the stored mentions differently.
        var labels = Path.Combine(demo.DataFolder, "odd-aspects.csv");
        await File.WriteAllLinesAsync(labels, ["drug,aspect,polarity,text", .. Enumerable.Range(0, 20).SelectMany(i => new[]
        {
            $"Eliquis,cost,negative,Eliquis zzz {i}", $"Eliquis,dosing,positive,Eliquis qqq {i}",
        })]);
        var registry = Path.Combine(demo.DataFolder, "aspect-models");
        var trained = await Run("train", "aspects", "--labels", labels, "--out", registry, "--holdout", "0", "--promote");
        trained.Exit.Should().Be(0, trained.Error);

        var first = await Run("models", "retag", "--task", "aspects", "--from", "2026-01-01", "--to", "2026-01-31", "--data", demo.DataFolder);
        first.Exit.Should().Be(0, first.Error);
        first.Output.Should().Contain("posts' aspects re-tagged with v0002").And.Contain("cube rebuilt");
        StoredAspects("2026-01-01", "2026-01-31").Should().NotBe(beforeInRange, "the range's mentions take the odd model's aspects");
        StoredAspects("2026-03-01", "2026-03-31").Should().Be(outside, "posts outside the range keep their aspects");
        AspectTagsOtherThan("2026-01-01", "2026-01-31", "cost", "dosing").Should().Be(0, "the tag rows follow the re-derived aspects");

        var again = await Run("models", "retag", "--task", "aspects", "--from", "2026-01-01", "--to", "2026-01-31", "--data", demo.DataFolder);
        again.Output.Should().Contain("re-tagged 0 of").And.Contain("(resumed)");
    }

    private string StoredAspects(string from, string to) =>
        Scalar("SELECT group_concat(entities_json, '|') FROM (SELECT entities_json FROM posts WHERE day BETWEEN $from AND $to ORDER BY id)", from, to);

    private long AspectTagsOtherThan(string from, string to, string first, string second) => long.Parse(Scalar(
        $"SELECT count(*) FROM post_tags t JOIN posts p ON p.id = t.post_rowid WHERE t.kind = 'aspect' AND p.day BETWEEN $from AND $to AND t.value NOT LIKE '{first}%' AND t.value NOT LIKE '{second}%'",
        from, to), System.Globalization.CultureInfo.InvariantCulture);

    private string Scalar(string sql, string from, string to)
    {
        using var connection = new SqliteConnection($"Data Source={demo.DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$from", from);
        command.Parameters.AddWithValue("$to", to);
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    private double NegativeShare(string from, string to)
    {
        using var connection = new SqliteConnection($"Data Source={demo.DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT AVG(CASE WHEN sentiment = -1 THEN 1.0 ELSE 0 END) FROM posts WHERE day BETWEEN $from AND $to";
        command.Parameters.AddWithValue("$from", from);
        command.Parameters.AddWithValue("$to", to);
        return Convert.ToDouble(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Task<(int Exit, string Output, string Error)> Run(params string[] args) => CliRun.RunAsync(args);
}
