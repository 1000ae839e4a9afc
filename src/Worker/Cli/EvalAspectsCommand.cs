using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sermo.Analytics.Aspects;
using Sermo.Analytics.Learning;
using Sermo.Analytics.Tagging;
using Sermo.Worker.Hosting;

namespace Sermo.Worker.Cli;

/// <summary>
/// <c>eval aspects</c>: the aspect model against labelled clauses, or k-fold cross-validation of both classifiers.
/// The top-level figures are the aspect classifier's; <c>polarity</c> and <c>joint</c> (aspect:polarity pairs, both
/// right) follow.
/// </summary>
internal static class EvalAspectsCommand
{
    public static Command Create()
    {
        var labels = new Option<string>("--labels") { Description = "Test CSV with header 'drug,aspect,polarity,text'.", Required = true };
        var aspects = new Command("aspects", "Accuracy, macro-F1 and per-label figures of the aspect classifier, the polarity classifier and both together.")
        {
            EvalCommand.Model, labels, EvalCommand.Json, EvalCommand.Folds,
        };
        foreach (var option in ModelOptionsCli.All)
        {
            aspects.Options.Add(option);
        }

        aspects.SetAction((parse, ct) => SermoCommandLine.RunAsync(() => Task.FromResult(Run(
            parse, parse.GetValue(EvalCommand.Model), parse.GetRequiredValue(labels), parse.GetValue(EvalCommand.Json), parse.GetValue(EvalCommand.Folds)))));
        return aspects;
    }

    private static int Run(ParseResult parse, string? modelPath, string labelsPath, bool json, int folds)
    {
        var examples = AspectCsv.Read(labelsPath);
        if (examples.Count == 0)
        {
            throw new UserInputException($"{labelsPath}: no labeled rows");
        }

        var (aspectRows, polarityRows) = AspectModel.Rows(examples, ClinicalTagger.CreateDefault());
        var result = new JsonObject();
        var polarity = new JsonObject();
        var output = parse.InvocationConfiguration.Output;
        ClassificationMetrics aspect, polarityMetrics;
        ClassificationMetrics? joint = null;
        if (folds != 0)
        {
            EvalCommand.CheckFolds(folds, examples.Count);
            var manifest = modelPath is null ? null : ModelRegistry.Resolve(modelPath).Manifest;
            aspect = EvalCommand.CrossValidate(parse, aspectRows, AspectCues.Count, folds, manifest is null ? null : MetricsOutput.Basis(manifest, AspectModel.AspectClassifier), result);
            polarityMetrics = EvalCommand.CrossValidate(parse, polarityRows, AspectCues.Count, folds, manifest is null ? null : MetricsOutput.Basis(manifest, AspectModel.PolarityClassifier), polarity);
        }
        else
        {
            var version = ModelRegistry.Resolve(modelPath ?? throw new UserInputException("--model is required unless --folds is given"));
            var model = AspectModel.Load(version);
            result["model"] = version.Folder;
            result["trainer"] = version.Manifest.Classifier(AspectModel.AspectClassifier).Trainer;
            aspect = TextClassifierTrainer.Evaluate(model.AspectClassifierModel, aspectRows);
            polarityMetrics = TextClassifierTrainer.Evaluate(model.PolarityClassifierModel, polarityRows);
            joint = Joint(model, aspectRows, polarityRows);
        }

        MetricsOutput.Json(aspect, result);
        result["polarity"] = MetricsOutput.Json(polarityMetrics, polarity);
        if (joint is not null)
        {
            result["joint"] = MetricsOutput.Json(joint);
        }

        if (json)
        {
            output.WriteLine(result.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
            return 0;
        }

        if (result["model"] is { } path)
        {
            output.WriteLine($"model: {path}");
        }

        MetricsOutput.Print(aspect, output, "== aspect" + (folds != 0 ? $" ({folds}-fold cross-validation, pooled)" : ""));
        output.WriteLine();
        MetricsOutput.Print(polarityMetrics, output, "== polarity");
        if (joint is not null)
        {
            output.WriteLine();
            MetricsOutput.Print(joint, output, "== aspect:polarity (both right)");
        }

        return 0;
    }

    /// <summary>Aspect and polarity as one label ("access:negative"): right only when both classifiers are.</summary>
    private static ClassificationMetrics Joint(AspectModel model, List<ClassifierRow> aspectRows, List<ClassifierRow> polarityRows)
    {
        var aspects = Predict(model.AspectClassifierModel, aspectRows);
        var polarities = Predict(model.PolarityClassifierModel, polarityRows);
        var gold = aspectRows.Select((r, i) => $"{r.Label}:{polarityRows[i].Label}").ToList();
        var predicted = aspects.Select((a, i) => $"{a}:{polarities[i]}").ToList();
        var labels = gold.Concat(predicted).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var confusion = labels.Select(_ => new int[labels.Count]).ToArray();
        for (var i = 0; i < gold.Count; i++)
        {
            confusion[labels.IndexOf(gold[i])][labels.IndexOf(predicted[i])]++;
        }

        return ClassificationMetrics.FromConfusion(labels, confusion);
    }

    private static string[] Predict(TextClassifier classifier, List<ClassifierRow> rows)
    {
        var scores = new float[rows.Count * classifier.Labels.Count];
        var best = new int[rows.Count];
        classifier.PredictBatch(rows, scores, best);
        return [.. best.Select(b => classifier.Labels[b])];
    }
}
