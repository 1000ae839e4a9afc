using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Sermo.Analytics.Sentiments;
using Sermo.Worker.Hosting;

namespace Sermo.Worker.Cli;

/// <summary><c>train sentiment</c>: label file → new model version in a registry, with held-out metrics in its manifest.</summary>
internal static class TrainCommand
{
    private static readonly TrainingOptions Defaults = new();

    public static readonly Option<int> Epochs = new("--epochs") { Description = "Passes over the data.", DefaultValueFactory = _ => Defaults.Epochs };
    public static readonly Option<double> LearningRate = new("--lr") { Description = "AdaGrad base learning rate.", DefaultValueFactory = _ => Defaults.LearningRate };
    public static readonly Option<double> L2 = new("--l2") { Description = "L2 penalty.", DefaultValueFactory = _ => Defaults.L2 };
    public static readonly Option<int> Bits = new("--bits") { Description = "log2 of the hashed feature space (10..26).", DefaultValueFactory = _ => Defaults.Features.Bits };
    public static readonly Option<int> WordNgrams = new("--word-ngrams") { Description = "Longest word n-gram (1..3).", DefaultValueFactory = _ => Defaults.Features.WordNgrams };
    public static readonly Option<int> CharMin = new("--char-min") { Description = "Shortest character n-gram; 0 turns them off.", DefaultValueFactory = _ => Defaults.Features.CharMin };
    public static readonly Option<int> CharMax = new("--char-max") { Description = "Longest character n-gram.", DefaultValueFactory = _ => Defaults.Features.CharMax };
    public static readonly Option<string> Lexicon = new("--lexicon") { Description = "Opinion-word features: none, afinn-111, liu or afinn-111+liu (the model carries its word list).", DefaultValueFactory = _ => Defaults.Features.Lexicon ?? "none" };
    public static readonly Option<bool> NoNegation = new("--no-negation") { Description = "Do not mark words in a negation's scope." };
    public static readonly Option<int> Seed = new("--seed") { Description = "Seed for the shuffle and the splits; same seed + same file = same model.", DefaultValueFactory = _ => Defaults.Seed };
    public static readonly Option<int> Threads = new("--threads") { Description = "Threads for featurizing (the optimizer is single-threaded and deterministic).", DefaultValueFactory = _ => 1 };

    public static Command Create()
    {
        var labels = new Option<string>("--labels") { Description = "Training CSV with header 'label,text' (any label set).", Required = true };
        var output = new Option<string>("--out") { Description = "Model registry folder; the model is written as its next version (v0001, v0002 …).", Required = true };
        var holdout = new Option<double>("--holdout") { Description = "Fraction held out (stratified) for the metrics; the model is trained on the rest. 0 trains on everything.", DefaultValueFactory = _ => 0.1 };
        var promote = new Option<bool>("--promote") { Description = "Promote the new version right away." };
        var sentiment = new Command("sentiment", "Train the post sentiment classifier (hashed word + character n-grams, multinomial logistic regression) and register it as a new version.")
        {
            labels, output, holdout, promote, Epochs, LearningRate, L2, Bits, WordNgrams, CharMin, CharMax, Lexicon, NoNegation, Seed, Threads,
        };
        sentiment.SetAction((parse, ct) => SermoCommandLine.RunAsync(() => Task.FromResult(
            Run(parse.GetRequiredValue(labels), parse.GetRequiredValue(output), parse.GetValue(holdout), parse.GetValue(promote), Options(parse), Console.Out) is null ? 1 : 0)));
        return new Command("train", "Train a model from labeled data.") { sentiment };
    }

    public static TrainingOptions Options(ParseResult parse, TrainingOptions? basis = null)
    {
        basis ??= Defaults;
        var options = new TrainingOptions
        {
            Features = new FeatureOptions
            {
                Bits = Pick(parse, Bits, basis.Features.Bits),
                WordNgrams = Pick(parse, WordNgrams, basis.Features.WordNgrams),
                CharMin = Pick(parse, CharMin, basis.Features.CharMin),
                CharMax = Pick(parse, CharMax, basis.Features.CharMax),
                NegationScope = parse.GetResult(NoNegation) is null ? basis.Features.NegationScope : !parse.GetValue(NoNegation),
                Lexicon = Pick(parse, Lexicon, basis.Features.Lexicon ?? "none") is var lexicon && lexicon != "none" ? lexicon : null,
            },
            Epochs = Pick(parse, Epochs, basis.Epochs),
            LearningRate = Pick(parse, LearningRate, basis.LearningRate),
            L2 = Pick(parse, L2, basis.L2),
            Seed = Pick(parse, Seed, basis.Seed),
            Threads = parse.GetValue(Threads),
        };
        try
        {
            options.Validate();
        }
        catch (ArgumentException ex)
        {
            throw new UserInputException(ex.Message);
        }

        return options;
    }

    /// <summary>Trains on a label file and writes the model as the registry's next version; progress goes to <paramref name="log"/>.</summary>
    public static ModelVersion Run(string labelsPath, string registryPath, double holdout, bool promote, TrainingOptions options, TextWriter log)
    {
        if (holdout is < 0 or >= 1)
        {
            throw new UserInputException($"--holdout must be in [0, 1), not {holdout}");
        }

        var data = LabeledCsv.Read(labelsPath);
        var labels = LinearTextTrainer.LabelsOf(data);
        if (labels.Count < 2)
        {
            throw new UserInputException($"{labelsPath}: training needs at least two labels; found {labels.Count} ({string.Join(", ", labels)})");
        }

        log.WriteLine($"{data.Count:N0} examples from {labelsPath}; labels: {string.Join(", ", labels.Select(l => $"{l} ({data.Count(d => d.Label == l):N0})"))}");
        List<LabeledText> train = data, test = [];
        if (holdout > 0)
        {
            var folds = (int)Math.Round(1 / holdout);
            var fold = StratifiedSplit.Folds(data, Math.Max(2, folds), options.Seed);
            train = [.. data.Where((_, i) => fold[i] != 0)];
            test = [.. data.Where((_, i) => fold[i] == 0)];
        }

        log.WriteLine($"training on {train.Count:N0}, holding out {test.Count:N0}: 2^{options.Features.Bits} hashed features, word n-grams ≤ {options.Features.WordNgrams}, char n-grams {options.Features.CharMin}..{options.Features.CharMax}, lexicon {options.Features.Lexicon ?? "none"}, {options.Epochs} epochs");
        var clock = Stopwatch.StartNew();
        var model = LinearTextTrainer.Train(train, options, labels, p =>
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  epoch {p.Epoch,3}/{p.Epochs}  loss {p.Loss:F4}  {p.Elapsed.TotalSeconds:F2}s")));
        var seconds = clock.Elapsed.TotalSeconds;
        HeldOutMetrics? metrics = null;
        if (test.Count > 0)
        {
            var report = ClassificationReport.Evaluate(model, test);
            metrics = new HeldOutMetrics(test.Count, Math.Round(report.Accuracy, 4), Math.Round(report.MacroF1, 4));
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"held-out: accuracy {report.Accuracy:F4}, macro-F1 {report.MacroF1:F4} on {test.Count:N0} examples"));
        }

        var manifest = new ModelManifest
        {
            Training = new TrainingFacts(Sha256(labelsPath), train.Count, options.Epochs, options.LearningRate, options.L2, options.Seed, holdout, DateTimeOffset.UtcNow, Math.Round(seconds, 3)),
            Metrics = metrics,
        };
        var registry = new ModelRegistry(registryPath);
        var version = registry.Add(model, manifest);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {version.Name} to {version.Folder} (trained in {seconds:F2}s)"));
        if (promote)
        {
            registry.Promote(version.Name);
            log.WriteLine($"promoted {version.Name}");
        }

        return version;
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static T Pick<T>(ParseResult parse, Option<T> option, T basis) =>
        parse.GetResult(option) is { Implicit: false } ? parse.GetValue(option)! : basis;
}
