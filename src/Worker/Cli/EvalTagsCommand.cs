using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sermo.Analytics.Lexicons;
using Sermo.Analytics.Tagging;
using Sermo.Analytics.Tagging.Disambiguation;
using Sermo.Analytics.Tagging.Evaluation;
using Sermo.Worker.Hosting;

namespace Sermo.Worker.Cli;

/// <summary>
/// <c>eval tags</c>: the clinical tagger against an annotated gold set (see docs/taggers.md). Each part of the set
/// (a file, or a folder of files: Gold/short, Gold/long, Gold/long-heldout) is scored and printed on its own.
/// </summary>
internal static class EvalTagsCommand
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "Gold JSONL file, or a folder of them whose subfolders are scored apart (e.g. tests/Sermo.Analytics.Tests/Tagging/Gold).", Required = true };
        var json = new Option<bool>("--json") { Description = "Print the evaluation as JSON instead of a table." };
        var errors = new Option<bool>("--errors") { Description = "Also list every miss, spurious hit and flag disagreement." };
        var ambiguity = new Option<string?>("--ambiguity")
        {
            Description = "Folder with contexts-train.txt and contexts-heldout.txt ('+|term|text' lines): train the ML.NET disambiguation model and compare it with the rules on the held-out contexts and on the gold parts.",
        };
        var saveModel = new Option<string?>("--save-ambiguity-model") { Description = "With --ambiguity: write the trained model (ML.NET zip) to this file." };
        var command = new Command("tags", "Precision, recall and F1 per entity type, negation/uncertainty/family-history accuracy, entity-sentiment accuracy and adverse-event pairs against a gold set.")
        {
            gold, json, errors, ambiguity, saveModel,
        };
        command.SetAction((parse, ct) => SermoCommandLine.RunAsync(async () =>
        {
            var path = parse.GetRequiredValue(gold);
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                throw new UserInputException($"gold set not found: {path}");
            }

            // The comparison needs only the candidates, which the rules tagger finds as well: it runs first, so the
            // model can be trained and saved even before one is embedded.
            var comparison = parse.GetValue(ambiguity) is { } folder ? CompareAmbiguity(folder, path, parse.GetValue(saveModel)) : null;
            var tagger = ClinicalTagger.CreateDefault();
            var aliases = LexiconIdAliases.From(ClinicalLexicon.LoadEmbedded());
            var listErrors = parse.GetValue(errors);
            var sets = GoldSet.LoadParts(path)
                .Select(part => (part.Name, Evaluation: TagEvaluator.Evaluate(tagger, part.Sentences, aliases)))
                .Select(set => (set.Name, Evaluation: listErrors ? set.Evaluation : set.Evaluation with { Errors = [] }))
                .ToList();
            var text = parse.GetValue(json)
                ? JsonSerializer.Serialize(new { Sets = sets.Select(set => new { set.Name, set.Evaluation }), Ambiguity = comparison }, JsonOptions)
                : string.Join(Environment.NewLine + Environment.NewLine, sets.Select(set => Table(set.Name, set.Evaluation)).Append(comparison is null ? "" : AmbiguityTable(comparison)));
            await Console.Out.WriteLineAsync(text.AsMemory(), ct);
            return 0;
        }));
        return command;
    }

    private static AmbiguityReport CompareAmbiguity(string folder, string goldPath, string? modelPath)
    {
        var training = Path.Combine(folder, "contexts-train.txt");
        var heldOut = Path.Combine(folder, "contexts-heldout.txt");
        if (!File.Exists(training) || !File.Exists(heldOut))
        {
            throw new UserInputException($"--ambiguity: {folder} must hold contexts-train.txt and contexts-heldout.txt");
        }

        var rulesTagger = new ClinicalTagger(ClinicalLexicon.LoadEmbedded());
        var (report, model) = AmbiguityComparison.Run(rulesTagger, DisambiguationContexts.Load(training), DisambiguationContexts.Load(heldOut), GoldSet.LoadParts(goldPath));
        if (modelPath is not null)
        {
            using var stream = File.Create(modelPath);
            model.Save(stream);
        }

        return report;
    }

    private static string AmbiguityTable(AmbiguityReport report)
    {
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"ambiguous mentions: ML.NET {report.Trainer} trained on {report.TrainingExamples} contexts ({report.Skipped} contexts skipped: no candidate at the term)"),
            "5-fold cross-validation accuracy (mean of five splits) on the training contexts: "
                + string.Join(", ", report.CrossValidation.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value:F3}"))),
            "part                 n   rules acc  P      R      F1     model acc  P      R      F1",
        };
        foreach (var part in report.Parts)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"{part.Name,-18} {part.Rules.Count,4}   {part.Rules.Accuracy,5:F3}  {part.Rules.Precision,5:F3}  {part.Rules.Recall,5:F3}  {part.Rules.F1,5:F3}  {part.Model.Accuracy,5:F3}  {part.Model.Precision,5:F3}  {part.Model.Recall,5:F3}  {part.Model.F1,5:F3}"));
        }

        return string.Join(Environment.NewLine, lines);
    }

    private static string Table(string name, TagEvaluation evaluation)
    {
        var lines = new List<string> { $"{name}: {evaluation.Sentences} gold texts", "type                 P      R      F1     tp    fp    fn" };
        foreach (var score in evaluation.Types.Append(evaluation.Drugs).Append(evaluation.AdverseEventPairs))
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{score.Type,-18} {score.Precision,6:F3} {score.Recall,6:F3} {score.F1,6:F3} {score.TruePositives,5} {score.FalsePositives,5} {score.FalseNegatives,5}"));
        }

        foreach (var flag in evaluation.Flags.Append(evaluation.EntitySentiment))
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{flag.Flag} accuracy {flag.Accuracy:F3} ({flag.Agreements}/{flag.Compared})"));
        }

        lines.AddRange(evaluation.Errors);
        return string.Join(Environment.NewLine, lines);
    }
}
