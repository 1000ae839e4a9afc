using System.CommandLine;
using System.Globalization;
using Sermo.Analytics.Learning;
using Sermo.Analytics.Sentiments;
using Sermo.Analytics.Tagging;

namespace Sermo.Worker.Cli;

/// <summary><c>train sentiment|aspects</c>: label file → new ML.NET model version in a registry, with held-out metrics in its manifest.</summary>
internal static class TrainCommand
{
    public static readonly Option<double> Holdout = new("--holdout")
    {
        Description = "Fraction held out (stratified, seeded) for the metrics; the model is trained on the rest. 0 trains on everything.",
        DefaultValueFactory = _ => 0.1,
    };

    public static readonly Option<bool> Promote = new("--promote") { Description = "Promote the new version right away." };

    public static Command Create()
    {
        var labels = new Option<string>("--labels") { Description = "Training CSV with header 'label,text' (any label set).", Required = true };
        var output = new Option<string>("--out") { Description = "Model registry folder; the model is written as its next version (v0001, v0002 …).", Required = true };
        var sentiment = new Command("sentiment", "Train the post sentiment model on ML.NET (Sermo's tokens → hashed word and character n-grams, lexicon and clinical context features → a multiclass trainer) and register it as a new version.")
        {
            labels, output, Holdout, Promote, ModelOptionsCli.AutoFolds,
        };
        foreach (var option in ModelOptionsCli.All)
        {
            sentiment.Options.Add(option);
        }

        sentiment.SetAction((parse, ct) => SermoCommandLine.RunAsync(() =>
        {
            var options = ModelOptionsCli.Options(parse, PostSentimentModel.TrainingDefaults);
            var autoFolds = ModelOptionsCli.IsAuto(parse) ? parse.GetValue(ModelOptionsCli.AutoFolds) : (int?)null;
            Run(parse.GetRequiredValue(labels), parse.GetRequiredValue(output), parse.GetValue(Holdout), parse.GetValue(Promote), options, autoFolds, parse.InvocationConfiguration.Output);
            return Task.FromResult(0);
        }));
        return new Command("train", "Train a model from labeled data.") { sentiment, TrainAspectsCommand.Create(), TrainNamesCommand.Create(), TrainNamesRotationCommand.Create() };
    }

    /// <summary>Trains on a label file and writes the model as the registry's next version; progress goes to <paramref name="log"/>.</summary>
    public static ModelVersion Run(string labelsPath, string registryPath, double holdout, bool promote, TextClassifierOptions options, int? autoFolds, TextWriter log)
    {
        // CPU seconds of the whole process per phase, so a slow training run says where its time went (decision 078).
        var cpu = Environment.CpuUsage.TotalTime;
        var data = LabeledCsv.Read(labelsPath);
        var rows = PostSentimentModel.Rows(data, ClinicalTagger.CreateDefault());
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"read and tagged {rows.Count:N0} posts in {(Environment.CpuUsage.TotalTime - cpu).TotalSeconds:F2} CPU s"));
        var task = new TaskData(PostSentimentModel.Task, ClinicalContextFeatures.Version, ClinicalContextFeatures.Count,
            [new ClassifierData(PostSentimentModel.ClassifierName, TextClassifier.ModelFile, rows)]);
        return ModelTrainingRun.Run(task, labelsPath, registryPath, holdout, promote, options, autoFolds, v => PostSentimentModel.Load(v), log);
    }
}
