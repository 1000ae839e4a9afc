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
