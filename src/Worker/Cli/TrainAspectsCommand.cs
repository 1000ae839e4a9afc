using System.CommandLine;
using Sermo.Analytics.Aspects;
using Sermo.Analytics.Learning;
using Sermo.Analytics.Tagging;

namespace Sermo.Worker.Cli;

/// <summary><c>train aspects</c>: aspect clauses (drug,aspect,polarity,text) → a new aspect model version (aspect and polarity classifiers).</summary>
internal static class TrainAspectsCommand
{
    public static Command Create()
    {
        var labels = new Option<string>("--labels") { Description = "Training CSV with header 'drug,aspect,polarity,text'.", Required = true };
        var output = new Option<string>("--out") { Description = "Aspect model registry folder; the model is written as its next version.", Required = true };
        var aspects = new Command("aspects", "Train the aspect sentiment model on ML.NET (each drug mention's window → aspect: efficacy, safety, access, cost, dosing; and polarity) and register it as a new version.")
        {
            labels, output, TrainCommand.Holdout, TrainCommand.Promote, ModelOptionsCli.AutoFolds,
        };
        foreach (var option in ModelOptionsCli.All)
        {
            aspects.Options.Add(option);
        }

        aspects.SetAction((parse, ct) => SermoCommandLine.RunAsync(() =>
        {
            var options = ModelOptionsCli.Options(parse);
            var autoFolds = ModelOptionsCli.IsAuto(parse) ? parse.GetValue(ModelOptionsCli.AutoFolds) : (int?)null;
            Run(parse.GetRequiredValue(labels), parse.GetRequiredValue(output), parse.GetValue(TrainCommand.Holdout), parse.GetValue(TrainCommand.Promote), options, autoFolds, parse.InvocationConfiguration.Output);
            return Task.FromResult(0);
        }));
        return aspects;
    }

    public static ModelVersion Run(string labelsPath, string registryPath, double holdout, bool promote, TextClassifierOptions options, int? autoFolds, TextWriter log)
    {
        var (aspect, polarity) = AspectModel.Rows(AspectCsv.Read(labelsPath), ClinicalTagger.CreateDefault());
        var task = new TaskData(AspectModel.Task, AspectCues.Version, AspectCues.Count,
        [
            new ClassifierData(AspectModel.AspectClassifier, AspectModel.AspectFile, aspect),
            new ClassifierData(AspectModel.PolarityClassifier, AspectModel.PolarityFile, polarity),
        ]);
        return ModelTrainingRun.Run(task, labelsPath, registryPath, holdout, promote, options, autoFolds, v => AspectModel.Load(v), log);
    }
}
