using System.CommandLine;
using Sermo.Ingest.Anonymization.Learned;
using Sermo.Worker.Hosting;

namespace Sermo.Worker.Cli;

/// <summary>
/// <c>train names</c>: the gold sets → the anonymizer's learned name/place detector weights (decisions 058, 065). The same
/// recipe the shipped-file test retrains with, so the data team's file and CI's check agree.
/// </summary>
internal static class TrainNamesCommand
{
    /// <summary>The repository's gold folder, looked for above the working and program folders when --gold is not given.</summary>
    public const string RepositoryGold = "tests/Sermo.Ingest.Tests/Anonymization/Gold";

    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "Weights file to write (the format of src/Ingest/Anonymization/Data/name-token-model.tsv; replaced if it exists).", Required = true };
        var gold = new Option<string?>("--gold") { Description = $"Gold folder (gold.jsonl, Independent/, Round6-14/, Fresh/, sources/). Defaults to {RepositoryGold} above the working folder." };
        var samples = new Option<string?>("--samples") { Description = "Samples folder whose forum/posts.jsonl gives identifier-free negatives. Defaults to the repository's samples/." };
        var names = new Command("names", "Retrain the anonymizer's name/place detector (ML.NET SDCA logistic regression) on the gold sets, choose its threshold on the pooled leave-one-round-out folds of rounds 10-17 (decisions 134 and 137), and write the weights file.")
        {
            output, gold, samples,
        };
        names.SetAction((parse, ct) => SermoCommandLine.RunAsync(() =>
        {
            Run(parse.GetRequiredValue(output), parse.GetValue(gold), parse.GetValue(samples), parse.InvocationConfiguration.Output);
            return Task.FromResult(0);
        }));
        return names;
    }

    public static void Run(string outPath, string? goldOption, string? samplesOption, TextWriter log)
    {
        var goldFolder = ResolveGold(goldOption);
        var forumFolder = Path.Combine(SampleFolder.Resolve(samplesOption), "forum");
        var missing = NameTokenModelTraining.MissingFiles(goldFolder, forumFolder);
        if (missing.Count > 0)
        {
            throw new UserInputException($"'{goldFolder}' is not a complete gold folder: missing {string.Join(", ", missing)}");
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(outPath));
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new UserInputException($"--out '{outPath}': folder '{directory}' does not exist");
        }

        log.WriteLine($"gold folder {goldFolder}; negatives from {forumFolder}");
        try
        {
            NameTokenModelTraining.TrainAndWrite(goldFolder, forumFolder, outPath, log.WriteLine);
        }
        catch (Exception ex) when (ex is InvalidDataException or System.Text.Json.JsonException)
        {
            throw new UserInputException($"bad gold file: {ex.Message}");
        }
    }

    internal static string ResolveGold(string? option)
    {
        if (option is not null)
        {
            var full = Path.GetFullPath(option);
            return Directory.Exists(full) ? full : throw new UserInputException($"--gold '{option}': no such folder");
        }

        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, RepositoryGold);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new UserInputException($"Cannot find {RepositoryGold}; run from the repository or pass --gold DIR.");
    }
}
