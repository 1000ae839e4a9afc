using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sermo.Analytics.Aspects;
using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Learning;
using Sermo.Analytics.Sentiments;
using Sermo.Forum.Engine;
using Sermo.Forum.Seeding;
using Sermo.Ingest.Pipeline;
using Sermo.Reports.Outbox;
using Sermo.Reports.Schedules;
using Sermo.Storage.Clients;
using Sermo.Storage.Cube;
using Sermo.Storage.Ingestion;
using Sermo.Worker.Clients;
using Sermo.Worker.Hosting;
using Sermo.Worker.Jobs;

namespace Sermo.Worker.Cli;

/// <summary>
/// The whole pipeline once on the embedded default: seed the forum from samples/, let the hosted ingest worker
/// pull the feed and the file drop, then run the Hangfire rollup and report jobs and print what happened.
/// </summary>
internal static class DemoCommand
{
    /// <summary>The labelled posts the demo trains the sentiment model on (samples/labels/).</summary>
    public const string SentimentTrainingFile = "physician-posts-train.csv";

    /// <summary>The labelled aspect clauses the demo trains the aspect model on, when present.</summary>
    public const string AspectTrainingFile = "aspects-train.csv";

    public static Command Create()
    {
        var output = new Option<string>("--out", "-o") { Description = "Data folder to create or reuse (database, drop/, outbox/).", Required = true };
        var samples = new Option<string?>("--samples") { Description = "The samples folder; found automatically from the repository." };
        var command = new Command("demo", "Seed the sample forum, ingest it and a file drop, roll up heat maps and write every client's reports into DIR/outbox.")
        {
            output,
            samples,
        };
        command.SetAction((parse, ct) => SermoCommandLine.RunAsync(() => RunAsync(
            parse.GetRequiredValue(output), parse.GetValue(samples), parse.GetValue(SermoCommandLine.Verbose), ct)));
        return command;
    }

    private static async Task<int> RunAsync(string outDir, string? samplesOption, bool verbose, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var samples = SampleFolder.Resolve(samplesOption);
        var data = DataFolder.Resolve(outDir, create: true);
        Console.WriteLine($"Sermo demo → {data.Root}");

        foreach (var drop in Directory.EnumerateFiles(Path.Combine(samples, "drop"), "*.jsonl"))
        {
            var target = Path.Combine(data.DropFolder, Path.GetFileName(drop));
            if (!File.Exists(target))
            {
                File.Copy(drop, target);
            }
        }

        // Client files first: a broken one stops the demo (exit 2, naming file, report and field) before any work.
        var clientFiles = new List<ClientRecord>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(samples, "clients"), "*.json").Order(StringComparer.Ordinal))
        {
            var (client, conversions) = await ClientFile.ReadAsync(file, ct);
            conversions.ToList().ForEach(c => Console.WriteLine($"      note: {c}"));
            clientFiles.Add(client);
        }

        TrainModels(samples, data);
        using var host = SermoHost.Build(data, verbose);
        var services = host.Services;

        Console.WriteLine($"[1/5] Seeding the forum from {Path.Combine(samples, "forum")}");
        var seeded = await services.GetRequiredService<ForumEngine>().ImportAsync(
            await SampleForumReader.ReadAsync(Path.Combine(samples, "forum"), ct), ct);
        Console.WriteLine($"      new: {seeded.Members} members, {seeded.Threads} threads, {seeded.Posts} posts, {seeded.Changes} feed changes");

        var registry = services.GetRequiredService<IClientRegistry>();
        foreach (var client in clientFiles)
        {
            await registry.UpsertAsync(client, ct);
        }

        var clients = await registry.ListAsync(ct);
        Console.WriteLine($"      clients: {string.Join(", ", clients.Select(c => c.ClientId))}");

        Console.WriteLine("[2/5] Ingest worker: forum change feed + file drop → scrub → tag → post store and FTS5 index");
        var cycle = services.GetRequiredService<IngestCycle>();
        cycle.Progress += p => Console.WriteLine($"      {p.Source}: {p.Read:N0} read, {p.Ingested:N0} ingested, {p.DeadLettered:N0} dead-lettered");
        var firstCycle = cycle.NextCompletionAsync(ct);
        await host.StartAsync(ct);
        var ingest = await firstCycle;

        var jobs = services.GetRequiredService<ForegroundJobs>();
        Console.WriteLine("[3/5] Hangfire job: cube rollup");
        var rollup = await jobs.RunAsync<CubeRollupJob, RollupOutcome>(j => j.RunAsync(CancellationToken.None), ct);
        Console.WriteLine($"      {rollup.DaysRebuilt:N0} days rebuilt from {rollup.PostsRead:N0} posts, {rollup.CellsWritten:N0} cells");
        foreach (var line in await Safety.DemoSafetyLines.ReadAsync(services, ct))
        {
            Console.WriteLine(line);
        }

        Console.WriteLine("[4/5] Hangfire jobs: client reports");
        var range = await services.GetRequiredService<IHeatMapCube>().GetPostRangeAsync(ct);
        // Sample data is fixed in time, so the demo reports as of its last post rather than today; on live data whose
        // last post is in a bucket still open, as of the last settled bucket instead (docs/privacy.md P13).
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var lastPost = range?.Last ?? DateOnly.FromDateTime(now.UtcDateTime);
        var runs = new List<(string Client, ReportRun Run)>();
        foreach (var client in clients)
        {
            foreach (var report in ReportDefinition.ParseAll(client.ClientId, client.ReportsJson))
            {
                var settled = TimeBuckets.LastSettledDay(now, report.Interval);
                var asOf = JobArguments.Day(lastPost <= settled ? lastPost : settled);
                var run = await jobs.RunAsync<ClientReportJob, ReportRun>(j => j.RunNowAsync(client.ClientId, report.Id, asOf, CancellationToken.None), ct);
                runs.Add((client.ClientId, run));
            }
        }

        await host.StopAsync(CancellationToken.None);
        var totals = await services.GetRequiredService<IIngestStore>().GetTotalsAsync(ct);

        Console.WriteLine("[5/5] Summary");
        DemoSummary.Print(ingest, rollup, totals, runs, data, clock.Elapsed);
        return 0;
    }

    /// <summary>The data team's loop in miniature: train on samples/labels, promote, and let ingest tag posts with the models.</summary>
    private static void TrainModels(string samples, DataFolder data)
    {
        var labels = Path.Combine(samples, "labels");
        var sentiment = new ModelRegistry(Path.Combine(data.Root, SermoHost.SentimentModelsFolder));
        if (sentiment.Promoted() is { } promoted)
        {
            Console.WriteLine($"[0/5] Sentiment model: {promoted} already promoted in {sentiment.Root}");
        }
        else
        {
            var file = Path.Combine(labels, SentimentTrainingFile);
            var version = TrainCommand.Run(file, sentiment.Root, holdout: 0.1, promote: true, PostSentimentModel.TrainingDefaults, autoFolds: null, TextWriter.Null);
            var facts = version.Manifest.Classifiers[0];
            Console.WriteLine(FormattableString.Invariant(
                $"[0/5] Sentiment model: trained {version.Name} ({facts.Trainer}) on {version.Manifest.Training?.Examples:N0} labelled posts from {file} (held-out accuracy {facts.Metrics?.Accuracy:F3}), promoted; ingest tags post sentiment with it"));
        }

        var aspects = new ModelRegistry(Path.Combine(data.Root, SermoHost.AspectModelsFolder));
        var aspectFile = Path.Combine(labels, AspectTrainingFile);
        if (aspects.Promoted() is { } promotedAspects)
        {
            Console.WriteLine($"      Aspect model: {promotedAspects} already promoted in {aspects.Root}");
        }
        else if (File.Exists(aspectFile))
        {
            var version = TrainAspectsCommand.Run(aspectFile, aspects.Root, holdout: 0.1, promote: true, new TextClassifierOptions(), autoFolds: null, TextWriter.Null);
            var facts = version.Manifest.Classifier(AspectModel.AspectClassifier);
            Console.WriteLine(FormattableString.Invariant(
                $"      Aspect model: trained {version.Name} on {version.Manifest.Training?.Examples:N0} labelled clauses from {aspectFile} (held-out aspect accuracy {facts.Metrics?.Accuracy:F3}), promoted; ingest gives each drug mention an aspect and a polarity"));
        }
        else
        {
            Console.WriteLine($"      Aspect model: no {aspectFile}; drug mentions carry no aspect");
        }
    }
}
