using System.CommandLine;
using System.Globalization;
using Sermo.Ingest.Anonymization.Learned;
using Sermo.Worker.Hosting;

namespace Sermo.Worker.Cli;

/// <summary>
/// <c>train names-rotation</c>: the anonymizer's leave-one-round-out figure (decision 129). For each spent round, the name
/// detector is retrained without that round's set and the round's posts are scrubbed with it; prints per-round recall,
/// retention and clean posts changed and their mean. Writes no model: the shipped recipe and file are untouched.
/// </summary>
internal static class TrainNamesRotationCommand
{
    public static Command Create()
    {
        var rounds = new Option<string>("--rounds") { Description = "Spent rounds to leave out one at a time, as FIRST-LAST or a comma list (default 10-51).", DefaultValueFactory = _ => "10-51" };
        var without = new Option<string?>("--also-without") { Description = "Rounds left out of every fold's training as well (FIRST-LAST or a comma list): the recipe with fewer sets, to compare recipes." };
        var gold = new Option<string?>("--gold") { Description = $"Gold folder. Defaults to {TrainNamesCommand.RepositoryGold} above the working folder." };
        var learner = new Option<NameTokenLearner>("--learner") { Description = "The learner every fold trains with (Sdca or Lbfgs; default the shipped recipe's).", DefaultValueFactory = _ => NameTokenModelTraining.ShippedLearner };
        var misses = new Option<bool>("--misses") { Description = "Also print each round's missed identifiers, lost terms and changed clean posts (and each false hit in them) at its threshold." };
        var samples = new Option<string?>("--samples") { Description = "Samples folder whose forum/posts.jsonl gives identifier-free negatives. Defaults to the repository's samples/." };
        var command = new Command("names-rotation", "Leave-one-round-out: retrain the name/place detector without each spent round's gold set, score that round with it, print per round and the mean. Writes no model.")
        {
            rounds, without, learner, misses, gold, samples,
        };
        command.SetAction((parse, ct) => SermoCommandLine.RunAsync(() =>
        {
            var alsoWithout = parse.GetValue(without) is { } w ? ParseRounds(w) : [];
            Run(ParseRounds(parse.GetRequiredValue(rounds)), alsoWithout, parse.GetValue(learner), parse.GetValue(misses), parse.GetValue(gold), parse.GetValue(samples), parse.InvocationConfiguration.Output);
            return Task.FromResult(0);
        }));
        return command;
    }

    public static IReadOnlyList<int> ParseRounds(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var dash = text.Split('-');
        if (dash.Length == 2 && int.TryParse(dash[0], CultureInfo.InvariantCulture, out var first) && int.TryParse(dash[1], CultureInfo.InvariantCulture, out var last) && first <= last)
        {
            return CheckSpent([.. Enumerable.Range(first, last - first + 1)], text);
        }

        var list = text.Split(',', StringSplitOptions.TrimEntries);
        return list.All(r => int.TryParse(r, CultureInfo.InvariantCulture, out _))
            ? CheckSpent([.. list.Select(r => int.Parse(r, CultureInfo.InvariantCulture))], text)
            : throw new UserInputException($"--rounds '{text}': expected FIRST-LAST or a comma list of round numbers");
    }

    private static List<int> CheckSpent(List<int> rounds, string text) =>
        rounds.TrueForAll(r => r >= NameTokenRoundRotation.FirstRound) ? rounds
            : throw new UserInputException($"--rounds '{text}': rounds before {NameTokenRoundRotation.FirstRound} have no RoundN/roundN.jsonl of this layout");

    private static void Run(IReadOnlyList<int> rounds, IReadOnlyList<int> alsoWithout, NameTokenLearner learner, bool misses, string? goldOption, string? samplesOption, TextWriter log)
    {
        var goldFolder = TrainNamesCommand.ResolveGold(goldOption);
        var forumFolder = Path.Combine(SampleFolder.Resolve(samplesOption), "forum");
        var missing = NameTokenModelTraining.MissingFiles(goldFolder, forumFolder)
            .Concat(rounds.Select(r => Path.Combine(goldFolder, NameTokenRoundRotation.RoundFile(r))).Where(f => !File.Exists(f))).ToList();
        if (missing.Count > 0)
        {
            throw new UserInputException($"'{goldFolder}' is not a complete gold folder: missing {string.Join(", ", missing)}");
        }

        var figures = NameTokenRoundRotation.Run(goldFolder, forumFolder, rounds, alsoWithout, learner, log.WriteLine, misses ? log.WriteLine : null);
        log.WriteLine("| round | threshold | recall | retention | clean posts changed |");
        log.WriteLine("|---|---|---|---|---|");
        foreach (var f in figures)
        {
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {f.Round} | {f.Threshold:F2} | {f.Recall:F4} | {f.Retention:F4} | {f.CleanChanged} of {f.CleanPosts} |"));
        }

        log.WriteLine(NameTokenRoundRotation.Mean(figures));
    }
}
