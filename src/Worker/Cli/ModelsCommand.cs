using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Analytics.Aspects;
using Sermo.Analytics.Learning;
using Sermo.Analytics.Sentiments;
using Sermo.Worker.Jobs;
using Sermo.Worker.Hosting;

namespace Sermo.Worker.Cli;

/// <summary>
/// <c>models list | promote VERSION | rollback | retag</c> over a model registry (the sentiment one, or with
/// <c>--task aspects</c> the aspect one); a running Worker picks up a promotion by itself.
/// </summary>
internal static class ModelsCommand
{
    public static Command Create()
    {
        var registryOption = new Option<string?>("--registry")
        {
            Description = "Model registry folder. Defaults to the Worker's: Sentiment:Registry (SERMO_Sentiment__Registry), else <data folder>/models; for --task aspects Aspects:Registry, else <data folder>/aspect-models.",
            Recursive = true,
        };
        var taskOption = new Option<string>("--task")
        {
            Description = "Which models: sentiment (post sentiment) or aspects (aspect sentiment per drug mention).",
            DefaultValueFactory = _ => PostSentimentModel.Task,
            Recursive = true,
        };
        taskOption.AcceptOnlyFromAmong(PostSentimentModel.Task, AspectModel.Task);
        var list = new Command("list", "List versions with their held-out metrics and training facts; * marks the promoted one.");
        list.SetAction(parse => SermoCommandLine.RunAsync(() => Task.FromResult(List(Registry(parse, registryOption, taskOption), parse.InvocationConfiguration.Output))));

        var versionArgument = new Argument<string>("version") { Description = "Version name as `models list` shows it, e.g. v0003." };
        var promote = new Command("promote", "Make a version the one the Worker tags posts with (checked to load first).") { versionArgument };
        promote.SetAction(parse => SermoCommandLine.RunAsync(() =>
        {
            var registry = Registry(parse, registryOption, taskOption);
            var name = parse.GetRequiredValue(versionArgument);
            try
            {
                registry.Promote(name, PromotionChecks.For(parse.GetValue(taskOption)!));
            }
            catch (FileNotFoundException ex)
            {
                throw new UserInputException(ex.Message);
            }

            parse.InvocationConfiguration.Output.WriteLine($"promoted {name} in {registry.Root}");
            return Task.FromResult(0);
        }));

        var rollback = new Command("rollback", "Promote again the version that was promoted before the current one.");
        rollback.SetAction(parse => SermoCommandLine.RunAsync(() =>
        {
            var registry = Registry(parse, registryOption, taskOption);
            try
            {
                parse.InvocationConfiguration.Output.WriteLine($"rolled back to {registry.Rollback()} in {registry.Root}");
            }
            catch (InvalidOperationException ex)
            {
                throw new UserInputException(ex.Message);
            }

            return Task.FromResult(0);
        }));

        var from = new Option<string>("--from") { Description = "First day (yyyy-MM-dd) of posts to re-tag.", Required = true };
        var to = new Option<string>("--to") { Description = "Last day (yyyy-MM-dd), inclusive.", Required = true };
        var retag = new Command("retag", "Run the Hangfire re-tag job: post sentiment (or with --task aspects, drug mentions' aspects) in a day range with the promoted model (resumable), then rebuild the heat-map cube for the range.")
        {
            from, to,
        };
        retag.SetAction((parse, ct) => SermoCommandLine.RunAsync(() =>
            RetagAsync(parse, parse.GetValue(taskOption) == AspectModel.Task, parse.GetRequiredValue(from), parse.GetRequiredValue(to), ct)));

        return new Command("models", "The model registries (sentiment, aspects): list versions, promote one, roll back, re-tag stored posts.")
        {
            registryOption, taskOption, list, promote, rollback, retag,
        };
    }

    private static async Task<int> RetagAsync(ParseResult parse, bool aspects, string from, string to, CancellationToken ct)
    {
        foreach (var day in new[] { from, to })
        {
            if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                throw new UserInputException($"'{day}' is not a yyyy-MM-dd day");
            }
        }

        var data = DataFolder.Resolve(parse.GetValue(SermoCommandLine.Data), create: false);
        using var host = SermoHost.Build(data, parse.GetValue(SermoCommandLine.Verbose));
        await host.StartAsync(ct);
        try
        {
            var jobs = host.Services.GetRequiredService<ForegroundJobs>();
            Action<string> progress = p => Console.WriteLine($"  {p}");
            var outcome = aspects
                ? await jobs.RunAsync<AspectRetagJob, RetagOutcome>(j => j.RunAsync(from, to, null, CancellationToken.None), ct, progress: progress)
                : await jobs.RunAsync<RetagJob, RetagOutcome>(j => j.RunAsync(from, to, null, CancellationToken.None), ct, progress: progress);
            var what = aspects ? "posts' aspects" : "posts";
            Console.WriteLine($"re-tagged {outcome.PostsRetagged:N0} of {outcome.PostsInRange:N0} {what} {outcome.From:yyyy-MM-dd}..{outcome.To:yyyy-MM-dd} with {outcome.ModelVersion}{(outcome.Resumed ? " (resumed)" : "")}; cube rebuilt for {outcome.CubeDaysRebuilt:N0} days{(outcome.SearchEntriesPushed > 0 ? $"; {outcome.SearchEntriesPushed:N0} search index entries refreshed" : "")}");
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }

        return 0;
    }

    private static ModelRegistry Registry(ParseResult parse, Option<string?> option, Option<string> task)
    {
        var aspects = parse.GetValue(task) == AspectModel.Task;
        var path = parse.GetValue(option)
            ?? Environment.GetEnvironmentVariable(aspects ? "SERMO_Aspects__Registry" : "SERMO_Sentiment__Registry")
            ?? Path.Combine(DataFolder.Resolve(parse.GetValue(SermoCommandLine.Data), create: false).Root, aspects ? SermoHost.AspectModelsFolder : SermoHost.SentimentModelsFolder);
        return new ModelRegistry(path);
    }

    private static int List(ModelRegistry registry, TextWriter output)
    {
        var versions = registry.List();
        if (versions.Count == 0)
        {
            output.WriteLine($"no model versions in {registry.Root}; `train sentiment|aspects --labels FILE --out {registry.Root}` makes one");
            return 0;
        }

        var promoted = registry.Promoted();
        output.WriteLine($"registry {registry.Root}");
        output.WriteLine("  version  trained (UTC)      examples  classifier  trainer         held-out acc  macro-F1  labels");
        foreach (var version in versions)
        {
            var m = version.Manifest;
            var mark = version.Name == promoted ? "*" : " ";
            var trained = m.Training?.TrainedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "?";
            foreach (var c in m.Classifiers)
            {
                var accuracy = c.Metrics?.Accuracy.ToString("F4", CultureInfo.InvariantCulture) ?? "—";
                var f1 = c.Metrics?.MacroF1.ToString("F4", CultureInfo.InvariantCulture) ?? "—";
                output.WriteLine($"{mark} {version.Name,-7}  {trained,-17}  {m.Training?.Examples,8}  {c.Name,-10}  {c.Trainer,-14}  {accuracy,12}  {f1,8}  {string.Join("/", c.Labels)}");
            }
        }

        return 0;
    }
}
