using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Sermo.Analytics.Learning;
using Sermo.Worker.Hosting;

namespace Sermo.Worker.Cli;

/// <summary>One classifier of a task and its rows (every classifier of a task has the same examples in the same order).</summary>
internal sealed record ClassifierData(string Name, string File, IReadOnlyList<ClassifierRow> Rows);

/// <summary>What a task contributes to a training run: its name, context features and classifiers.</summary>
internal sealed record TaskData(string Task, string ContextFeatures, int ContextLength, IReadOnlyList<ClassifierData> Classifiers);

/// <summary>
/// <c>train</c> for any task: hold out a stratified part (seeded), pick the trainer by cross-validation when asked,
/// fit each classifier on the rest, measure it on the held-out part, and write everything as the registry's next
/// version (ML.NET zips + manifest with data hash, options, comparison and metrics).
/// </summary>
internal static class ModelTrainingRun
{
    public static ModelVersion Run(
        TaskData task, string dataPath, string registryPath, double holdout, bool promote, TextClassifierOptions options,
        int? autoFolds, Action<ModelVersion> loadCheck, TextWriter log)
    {
        // Also refuses NaN, which no comparison matches.
        if (holdout is not (>= 0 and < 1))
        {
            throw new UserInputException($"--holdout must be in [0, 1), not {holdout}");
        }

        var primary = task.Classifiers[0].Rows;
        foreach (var classifier in task.Classifiers)
        {
            var labels = TextClassifierTrainer.LabelsOf(classifier.Rows);
            if (labels.Count < 2)
            {
                throw new UserInputException($"{dataPath}: training {classifier.Name} needs at least two labels; found {labels.Count} ({string.Join(", ", labels)})");
            }

            log.WriteLine($"{classifier.Rows.Count:N0} examples from {dataPath}; {classifier.Name} labels: {string.Join(", ", labels.Select(l => $"{l} ({classifier.Rows.Count(r => r.Label == l):N0})"))}");
        }

        var test = holdout > 0 ? HoldOut(primary, holdout, options.Seed) : new bool[primary.Count];
        var clock = Stopwatch.StartNew();
        var cpu = Environment.CpuUsage.TotalTime;
        var facts = new List<ClassifierFacts>();
        var comparisons = new Dictionary<string, IReadOnlyList<TrainerComparison>>();
        var trained = new List<(ClassifierData Data, TextClassifier Model)>();
        foreach (var classifier in task.Classifiers)
        {
            var train = classifier.Rows.Where((_, i) => !test[i]).ToList();
            var held = classifier.Rows.Where((_, i) => test[i]).ToList();
            var chosen = options;
            if (autoFolds is { } folds)
            {
                log.WriteLine($"{classifier.Name}: comparing trainers by {folds}-fold cross-validation on the {train.Count:N0} training examples");
                var comparison = TextClassifierTrainer.CompareTrainers(train, task.ContextLength, folds, options, Enum.GetValues<TrainerKind>(), c =>
                    log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {c.Trainer,-15} accuracy {c.Accuracy:F4}  macro-F1 {c.MacroF1:F4}  {c.Seconds:F1}s")));
                comparisons[classifier.Name] = comparison;
                var best = comparison.MaxBy(c => c.MacroF1)!;
                TrainerNames.TryParse(best.Trainer, out var kind);
                chosen = options with { Trainer = kind };
                log.WriteLine($"  chose {best.Trainer}");
            }

            log.WriteLine($"{classifier.Name}: training {chosen.Trainer.Name()} on {train.Count:N0}, holding out {held.Count:N0} (hashed word 1-2-grams, char 3-5-grams {(chosen.CharNgrams ? "on" : "off")}, lexicon {(chosen.Lexicon ? "on" : "off")}, context {(chosen.Context ? "on" : "off")})");
            var model = TextClassifierTrainer.Train(train, task.ContextLength, chosen);
            HeldOutMetrics? metrics = null;
            if (held.Count > 0)
            {
                var report = TextClassifierTrainer.Evaluate(model, held);
                metrics = new HeldOutMetrics(held.Count, Math.Round(report.Accuracy, 4), Math.Round(report.MacroF1, 4));
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  held-out: accuracy {report.Accuracy:F4}, macro-F1 {report.MacroF1:F4} on {held.Count:N0} examples"));
            }

            facts.Add(new ClassifierFacts(classifier.Name, classifier.File, model.Labels, task.ContextLength, chosen.Trainer.Name(), metrics));
            trained.Add((classifier, model));
        }

        var seconds = clock.Elapsed.TotalSeconds;
        var cpuSeconds = (Environment.CpuUsage.TotalTime - cpu).TotalSeconds;
        var manifest = new ModelManifest
        {
            Task = task.Task,
            Classifiers = facts,
            Features = new FeatureFacts(TextTokensMapping.ContractName, OpinionLexicon.Embedded.Sha256, task.ContextFeatures),
            Options = options,
            Training = new TrainingFacts(Sha256(dataPath), test.Count(t => !t), holdout, DateTimeOffset.UtcNow, Math.Round(seconds, 3), comparisons.Count > 0 ? comparisons : null),
        };
        var registry = new ModelRegistry(registryPath);
        var version = registry.Add(manifest, staging =>
        {
            foreach (var (data, model) in trained)
            {
                model.Save(staging, data.File);
            }
        });
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {version.Name} to {version.Folder} (trained in {seconds:F2}s, {cpuSeconds:F2} CPU s)"));
        if (promote)
        {
            registry.Promote(version.Name, loadCheck);
            log.WriteLine($"promoted {version.Name}");
        }

        return version;
    }

    /// <summary>A stratified, seeded held-out mark per example: each label's examples shuffled, every k-th held out.</summary>
    public static bool[] HoldOut(IReadOnlyList<ClassifierRow> rows, double fraction, int seed)
    {
        var every = Math.Max(2, (int)Math.Round(1 / fraction));
        var test = new bool[rows.Count];
        var random = new Random(seed);
        var next = 0;
        foreach (var group in rows.Select((r, i) => (r.Label, i)).GroupBy(p => p.Label, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var members = group.Select(p => p.i).ToArray();
            random.Shuffle(members);
            foreach (var member in members)
            {
                test[member] = next++ % every == 0;
            }
        }

        return test;
    }

    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
