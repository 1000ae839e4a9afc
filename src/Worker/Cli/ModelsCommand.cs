using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Analytics.Sentiments;
using Sermo.Worker.Jobs;
using Sermo.Worker.Hosting;

namespace Sermo.Worker.Cli;

/// <summary><c>models list | promote VERSION | rollback</c> over a model registry; a running Worker picks up the change by itself.</summary>
internal static class ModelsCommand
{
    public static Command Create()
    {
        var registryOption = new Option<string?>("--registry")
        {
            Description = "Model registry folder. Defaults to the Worker's: Sentiment:Registry (SERMO_Sentiment__Registry), else <data folder>/models.",
            Recursive = true,
        };
        var list = new Command("list", "List versions with their held-out metrics and training facts; * marks the promoted one.");
        list.SetAction(parse => SermoCommandLine.RunAsync(() => Task.FromResult(List(Registry(parse, registryOption)))));

        var versionArgument = new Argument<string>("version") { Description = "Version name as `models list` shows it, e.g. v0003." };
        var promote = new Command("promote", "Make a version the one the Worker tags posts with (checked to load first).") { versionArgument };
        promote.SetAction(parse => SermoCommandLine.RunAsync(() =>
        {
            var registry = Registry(parse, registryOption);
            var name = parse.GetRequiredValue(versionArgument);
            try
            {
                registry.Promote(name);
            }
            catch (FileNotFoundException ex)
            {
                throw new UserInputException(ex.Message);
            }

            Console.WriteLine($"promoted {name} in {registry.Root}");
            return Task.FromResult(0);
        }));

        var rollback = new Command("rollback", "Promote again the version that was promoted before the current one.");
        rollback.SetAction(parse => SermoCommandLine.RunAsync(() =>
        {
            var registry = Registry(parse, registryOption);
            try
            {
                Console.WriteLine($"rolled back to {registry.Rollback()} in {registry.Root}");
            }
            catch (InvalidOperationException ex)
            {
                throw new UserInputException(ex.Message);
            }

            return Task.FromResult(0);
        }));

        var from = new Option<string>("--from") { Description = "First day (yyyy-MM-dd) of posts to re-tag.", Required = true };
        var to = new Option<string>("--to") { Description = "Last day (yyyy-MM-dd), inclusive.", Required = true };
        var retag = new Command("retag", "Run the Hangfire re-tag job: post sentiment in a day range with the promoted model (resumable), then rebuild the heat-map cube for the range.")
        {
            from, to,
        };
        retag.SetAction((parse, ct) => SermoCommandLine.RunAsync(() => RetagAsync(parse, parse.GetRequiredValue(from), parse.GetRequiredValue(to), ct)));

        return new Command("models", "The sentiment model registry: list versions, promote one, roll back, re-tag stored posts.")
        {
            registryOption, list, promote, rollback, retag,
        };
    }

    private static async Task<int> RetagAsync(ParseResult parse, string from, string to, CancellationToken ct)
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
            var outcome = await host.Services.GetRequiredService<ForegroundJobs>().RunAsync<RetagJob, RetagOutcome>(
                j => j.RunAsync(from, to, null, CancellationToken.None), ct, progress: p => Console.WriteLine($"  {p}"));
            Console.WriteLine($"re-tagged {outcome.PostsRetagged:N0} of {outcome.PostsInRange:N0} posts {outcome.From:yyyy-MM-dd}..{outcome.To:yyyy-MM-dd} with {outcome.ModelVersion}{(outcome.Resumed ? " (resumed)" : "")}; cube rebuilt for {outcome.CubeDaysRebuilt:N0} days");
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }

        return 0;
    }

    private static ModelRegistry Registry(ParseResult parse, Option<string?> option)
    {
        var path = parse.GetValue(option)
            ?? Environment.GetEnvironmentVariable("SERMO_Sentiment__Registry")
            ?? Path.Combine(DataFolder.Resolve(parse.GetValue(SermoCommandLine.Data), create: false).Root, "models");
        return new ModelRegistry(path);
    }

    private static int List(ModelRegistry registry)
    {
        var versions = registry.List();
        if (versions.Count == 0)
        {
            Console.WriteLine($"no model versions in {registry.Root}; `train sentiment --labels FILE --out {registry.Root}` makes one");
            return 0;
        }

        var promoted = registry.Promoted();
        Console.WriteLine($"registry {registry.Root}");
        Console.WriteLine("  version  trained (UTC)      examples  held-out acc  macro-F1  labels");
        foreach (var version in versions)
        {
            var m = version.Manifest;
            var mark = version.Name == promoted ? "*" : " ";
            var trained = m.Training?.TrainedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "?";
            var accuracy = m.Metrics is { } metrics ? metrics.Accuracy.ToString("F4", CultureInfo.InvariantCulture) : "—";
            var f1 = m.Metrics is { } metrics2 ? metrics2.MacroF1.ToString("F4", CultureInfo.InvariantCulture) : "—";
            Console.WriteLine($"{mark} {version.Name,-7}  {trained,-17}  {m.Training?.Examples,8}  {accuracy,12}  {f1,8}  {string.Join("/", m.Labels)}");
        }

        return 0;
    }
}
