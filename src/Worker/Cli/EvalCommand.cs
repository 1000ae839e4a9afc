using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sermo.Analytics.Learning;
using Sermo.Analytics.Sentiments;
using Sermo.Analytics.Tagging;
using Sermo.Worker.Hosting;

namespace Sermo.Worker.Cli;

/// <summary><c>eval sentiment</c>: a model (or a registry's current one) against a labeled CSV, or k-fold cross-validation.</summary>
internal static class EvalCommand
{
    public static readonly Option<string?> Model = new("--model") { Description = "A model version folder, or a registry folder (then its promoted version, else its newest). With --folds: whose training options to reuse." };
    public static readonly Option<bool> Json = new("--json") { Description = "Print one JSON object (accuracy, macroF1, perLabel, labels, confusion)." };
    public static readonly Option<int> Folds = new("--folds") { Description = "Cross-validate on --labels with this many folds (ML.NET CrossValidate) instead of testing a trained model." };

    public static Command Create()
    {
        var labels = new Option<string>("--labels") { Description = "Test CSV with header 'label,text'. Labels the model never saw count as errors.", Required = true };
        var speed = new Option<bool>("--speed") { Description = "Also time batch prediction (ingest's path: 500 posts per ML.NET transform, tags given) for at least one CPU second." };
        var sentiment = new Command("sentiment", "Accuracy, macro-F1, per-label precision/recall and the confusion matrix of a sentiment model.")
        {
            Model, labels, Json, Folds, speed,
        };
        foreach (var option in ModelOptionsCli.All)
        {
            sentiment.Options.Add(option);
        }

        sentiment.SetAction((parse, ct) => SermoCommandLine.RunAsync(() => Task.FromResult(Run(
            parse, parse.GetValue(Model), parse.GetRequiredValue(labels), parse.GetValue(Json), parse.GetValue(Folds), parse.GetValue(speed)))));
        return new Command("eval", "Evaluate the sentiment or aspect model, or the taggers, against labelled data.") { sentiment, EvalAspectsCommand.Create(), EvalTagsCommand.Create() };
    }

    private static int Run(ParseResult parse, string? modelPath, string labelsPath, bool json, int folds, bool speed)
    {
        var data = LabeledCsv.Read(labelsPath);
        if (data.Count == 0)
        {
            throw new UserInputException($"{labelsPath}: no labeled rows");
        }

        var tagger = ClinicalTagger.CreateDefault();
        var rows = PostSentimentModel.Rows(data, tagger);
        var result = new JsonObject();
        ClassificationMetrics report;
        if (folds != 0)
        {
            CheckFolds(folds, rows.Count);
            var basis = modelPath is null ? PostSentimentModel.TrainingDefaults : MetricsOutput.Basis(ModelRegistry.Resolve(modelPath).Manifest, PostSentimentModel.ClassifierName);
            report = CrossValidate(parse, rows, ClinicalContextFeatures.Count, folds, basis, result);
        }
        else
        {
            var version = ModelRegistry.Resolve(modelPath ?? throw new UserInputException("--model is required unless --folds is given"));
            var model = PostSentimentModel.Load(version);
            result["model"] = version.Folder;
            result["trainer"] = version.Manifest.Classifier(PostSentimentModel.ClassifierName).Trainer;
            report = TextClassifierTrainer.Evaluate(model.Classifier, rows);
            if (speed)
            {
                var (wall, cpu) = PostsPerSecond(model, data, tagger);
                result["postsPerSecond"] = Math.Round(wall);
                result["postsPerCpuSecond"] = Math.Round(cpu);
            }
        }

        Write(parse, report, result, json);
        return 0;
    }

    public static void CheckFolds(int folds, int rows)
    {
        if (folds < 2 || folds > rows)
        {
            throw new UserInputException($"--folds must be between 2 and the number of rows ({rows}), not {folds}");
        }
    }

    public static ClassificationMetrics CrossValidate(ParseResult parse, List<ClassifierRow> rows, int contextLength, int folds, TextClassifierOptions? basis, JsonObject result)
    {
        var options = ModelOptionsCli.Options(parse, basis);
        var clock = Stopwatch.StartNew();
        var (report, foldAccuracy) = TextClassifierTrainer.CrossValidate(rows, contextLength, folds, options);
        result["folds"] = folds;
        result["trainer"] = options.Trainer.Name();
        result["foldAccuracy"] = new JsonArray([.. foldAccuracy.Select(a => JsonValue.Create(Math.Round(a, 4)))]);
        result["seconds"] = Math.Round(clock.Elapsed.TotalSeconds, 3);
        return report;
    }

    public static void Write(ParseResult parse, ClassificationMetrics report, JsonObject result, bool json)
    {
        var output = parse.InvocationConfiguration.Output;
        MetricsOutput.Json(report, result);
        if (json)
        {
            output.WriteLine(result.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
            return;
        }

        if (result["model"] is { } model)
        {
            output.WriteLine($"model: {model} ({result["trainer"]})");
        }

        if (result["folds"] is { } folds)
        {
            output.WriteLine($"{folds}-fold cross-validation with {result["trainer"]} (pooled predictions); fold accuracies: {result["foldAccuracy"]!.ToJsonString()}");
        }

        if (result["postsPerCpuSecond"] is { } cpu)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"batch prediction: {(double)cpu:N0} posts per CPU second ({(double)result["postsPerSecond"]!:N0} per wall second)"));
        }

        MetricsOutput.Print(report, output);
    }

    /// <summary>
    /// Posts per wall and per CPU second of this process through ingest's path: batches of 500 tagged posts, one
    /// ML.NET transform each (tags computed beforehand, as ingest has them). Measured by CPU time after a warm-up,
    /// so a shared machine's wall clock does not count other processes' work.
    /// </summary>
    private static (double Wall, double Cpu) PostsPerSecond(PostSentimentModel model, List<LabeledText> data, ITextTagger tagger)
    {
        var batch = data.Select(d => new TaggedText(d.Text, tagger.Tag(d.Text))).ToList();
        while (batch.Count < 500)
        {
            batch.AddRange(batch.Take(500 - batch.Count).ToList());
        }

        var batches = batch.Chunk(500).Select(c => (IReadOnlyList<TaggedText>)c).ToList();
        using var process = Process.GetCurrentProcess();
        Passes(model, batches, process, TimeSpan.FromSeconds(0.5));
        process.Refresh();
        var cpuStart = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var posts = Passes(model, batches, process, TimeSpan.FromSeconds(1));
        var wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        return (posts / wall, posts / Math.Max(1e-9, (process.TotalProcessorTime - cpuStart).TotalSeconds));
    }

    private static long Passes(PostSentimentModel model, List<IReadOnlyList<TaggedText>> batches, Process process, TimeSpan cpu)
    {
        process.Refresh();
        var until = process.TotalProcessorTime + cpu;
        var clock = Stopwatch.StartNew();
        long posts = 0;
        do
        {
            foreach (var batch in batches)
            {
                _ = model.Classify(batch);
                posts += batch.Count;
            }

            process.Refresh();
        }
        while (process.TotalProcessorTime < until && clock.Elapsed < TimeSpan.FromSeconds(30));

        return posts;
    }
}
