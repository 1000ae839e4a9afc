using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sermo.Analytics.Sentiments;
using Sermo.Worker.Hosting;

namespace Sermo.Worker.Cli;

/// <summary><c>eval sentiment</c>: a model (or a registry's current one) against a labeled CSV, or k-fold cross-validation.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var model = new Option<string?>("--model") { Description = "A model version folder, or a registry folder (then its promoted version, else its newest). With --folds: whose training parameters to reuse." };
        var labels = new Option<string>("--labels") { Description = "Test CSV with header 'label,text'. Labels the model never saw count as errors.", Required = true };
        var json = new Option<bool>("--json") { Description = "Print one JSON object (accuracy, macroF1, perLabel, labels, confusion)." };
        var folds = new Option<int>("--folds") { Description = "Cross-validate on --labels with this many stratified folds instead of testing a trained model." };
        var speed = new Option<bool>("--speed") { Description = "Also time single-threaded prediction for at least one second (sentences/s)." };
        var sentiment = new Command("sentiment", "Accuracy, macro-F1, per-label precision/recall and the confusion matrix of a sentiment model.")
        {
            model, labels, json, folds, speed,
            TrainCommand.Epochs, TrainCommand.LearningRate, TrainCommand.L2, TrainCommand.Bits, TrainCommand.WordNgrams,
            TrainCommand.CharMin, TrainCommand.CharMax, TrainCommand.Lexicon, TrainCommand.NoNegation, TrainCommand.Seed, TrainCommand.Threads,
        };
        sentiment.SetAction((parse, ct) => SermoCommandLine.RunAsync(() => Task.FromResult(Run(
            parse, parse.GetValue(model), parse.GetRequiredValue(labels), parse.GetValue(json), parse.GetValue(folds), parse.GetValue(speed)))));
        return new Command("eval", "Evaluate the sentiment model or the taggers against labelled data.") { sentiment, EvalTagsCommand.Create() };
    }

    private static int Run(ParseResult parse, string? modelPath, string labelsPath, bool json, int folds, bool speed)
    {
        var data = LabeledCsv.Read(labelsPath);
        if (data.Count == 0)
        {
            throw new UserInputException($"{labelsPath}: no labeled rows");
        }

        var result = new JsonObject();
        ClassificationReport report;
        LinearTextModel? model = null;
        if (folds != 0)
        {
            if (folds < 2 || folds > data.Count)
            {
                throw new UserInputException($"--folds must be between 2 and the number of rows ({data.Count}), not {folds}");
            }

            var basis = modelPath is null ? null : FromManifest(ModelRegistry.Resolve(modelPath).Manifest);
            var options = TrainCommand.Options(parse, basis);
            var clock = Stopwatch.StartNew();
            (report, var foldAccuracy) = StratifiedSplit.CrossValidate(data, folds, options);
            result["folds"] = folds;
            result["foldAccuracy"] = new JsonArray([.. foldAccuracy.Select(a => JsonValue.Create(Math.Round(a, 4)))]);
            result["seconds"] = Math.Round(clock.Elapsed.TotalSeconds, 3);
        }
        else
        {
            if (modelPath is null)
            {
                throw new UserInputException("--model is required unless --folds is given");
            }

            var version = ModelRegistry.Resolve(modelPath);
            model = LinearTextModel.Load(version.Folder);
            result["model"] = version.Folder;
            report = ClassificationReport.Evaluate(model, data);
        }

        result["examples"] = report.Examples;
        result["accuracy"] = Math.Round(report.Accuracy, 4);
        result["macroF1"] = Math.Round(report.MacroF1, 4);
        result["perLabel"] = new JsonArray([.. report.PerLabel.Select(m => (JsonNode)new JsonObject
        {
            ["label"] = m.Label,
            ["precision"] = Math.Round(m.Precision, 4),
            ["recall"] = Math.Round(m.Recall, 4),
            ["f1"] = Math.Round(m.F1, 4),
            ["support"] = m.Support,
        })]);
        result["labels"] = new JsonArray([.. report.Labels.Select(l => JsonValue.Create(l))]);
        result["confusion"] = new JsonArray([.. report.Confusion.Select(row => (JsonNode)new JsonArray([.. row.Select(v => JsonValue.Create(v))]))]);
        if (speed && model is not null)
        {
            var (wall, cpu) = SentencesPerSecond(model, data);
            result["sentencesPerSecond"] = Math.Round(wall);
            result["sentencesPerCpuSecond"] = Math.Round(cpu);
        }

        if (json)
        {
            Console.WriteLine(result.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
        }
        else
        {
            Print(report, result);
        }

        return 0;
    }

    private static TrainingOptions FromManifest(ModelManifest manifest) => new()
    {
        Features = manifest.Features,
        Epochs = manifest.Training?.Epochs ?? new TrainingOptions().Epochs,
        LearningRate = manifest.Training?.LearningRate ?? new TrainingOptions().LearningRate,
        L2 = manifest.Training?.L2 ?? new TrainingOptions().L2,
        Seed = manifest.Training?.Seed ?? new TrainingOptions().Seed,
    };

    /// <summary>Sentences per wall-clock second and per CPU second of this process (on a shared machine the second is per core).</summary>
    private static (double Wall, double Cpu) SentencesPerSecond(LinearTextModel model, List<LabeledText> data)
    {
        // Warm up and measure by this process's CPU time, not the wall clock: on a shared machine a one-second wall
        // window can hold a fraction of a CPU second, most of it still tier-0 JIT code.
        var probabilities = new float[model.Labels.Count];
        using var process = Process.GetCurrentProcess();
        Passes(model, data, probabilities, process, TimeSpan.FromSeconds(0.5));
        process.Refresh();
        var cpuStart = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var sentences = Passes(model, data, probabilities, process, TimeSpan.FromSeconds(1));
        var wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        return (sentences / wall, sentences / Math.Max(1e-9, (process.TotalProcessorTime - cpuStart).TotalSeconds));
    }

    /// <summary>Predicts every sentence, pass after pass, until the process has used <paramref name="cpu"/> more CPU time (or 30 s of wall time).</summary>
    private static long Passes(LinearTextModel model, List<LabeledText> data, float[] probabilities, Process process, TimeSpan cpu)
    {
        process.Refresh();
        var until = process.TotalProcessorTime + cpu;
        var clock = Stopwatch.StartNew();
        var sentences = 0L;
        do
        {
            foreach (var example in data)
            {
                model.Predict(example.Text, probabilities);
            }

            sentences += data.Count;
            process.Refresh();
        }
        while (process.TotalProcessorTime < until && clock.Elapsed < TimeSpan.FromSeconds(30));

        return sentences;
    }

    private static void Print(ClassificationReport report, JsonObject result)
    {
        var inv = CultureInfo.InvariantCulture;
        if (result["model"] is { } model)
        {
            Console.WriteLine($"model: {model}");
        }

        if (result["folds"] is { } folds)
        {
            Console.WriteLine($"{folds}-fold cross-validation (pooled predictions); fold accuracies: {result["foldAccuracy"]!.ToJsonString()}");
        }

        Console.WriteLine(string.Create(inv, $"examples {report.Examples:N0}   accuracy {report.Accuracy:F4}   macro-F1 {report.MacroF1:F4}"));
        if (result["sentencesPerSecond"] is { } speed)
        {
            Console.WriteLine(string.Create(inv, $"prediction on one thread: {(double)speed:N0} sentences/s wall clock, {(double)result["sentencesPerCpuSecond"]!:N0} per CPU second"));
        }

        var width = Math.Max(8, report.Labels.Max(l => l.Length) + 1);
        Console.WriteLine();
        Console.WriteLine($"{"label".PadRight(width)} precision  recall      f1  support");
        foreach (var m in report.PerLabel)
        {
            Console.WriteLine(string.Create(inv, $"{m.Label.PadRight(width)} {m.Precision,9:F4} {m.Recall,7:F4} {m.F1,7:F4} {m.Support,8}"));
        }

        Console.WriteLine();
        Console.WriteLine("confusion (rows: gold, columns: predicted)");
        Console.WriteLine(string.Concat("".PadRight(width), string.Concat(report.Labels.Select(l => l.PadLeft(width)))));
        for (var r = 0; r < report.Labels.Count; r++)
        {
            Console.WriteLine(string.Concat(report.Labels[r].PadRight(width), string.Concat(report.Confusion[r].Select(v => v.ToString(inv).PadLeft(width)))));
        }
    }
}
