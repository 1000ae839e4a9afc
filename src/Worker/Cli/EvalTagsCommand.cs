using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sermo.Analytics.Tagging;
using Sermo.Analytics.Tagging.Evaluation;
using Sermo.Worker.Hosting;

namespace Sermo.Worker.Cli;

/// <summary><c>eval tags</c>: the clinical tagger against an annotated gold set (see docs/taggers.md).</summary>
internal static class EvalTagsCommand
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "Gold JSONL file, or a folder of them (e.g. tests/Sermo.Analytics.Tests/Tagging/Gold).", Required = true };
        var json = new Option<bool>("--json") { Description = "Print the evaluation as JSON instead of a table." };
        var errors = new Option<bool>("--errors") { Description = "Also list every miss, spurious hit and flag disagreement." };
        var command = new Command("tags", "Precision, recall and F1 per entity type, negation/uncertainty/family-history accuracy, entity-sentiment accuracy and adverse-event pairs against a gold set.")
        {
            gold, json, errors,
        };
        command.SetAction((parse, ct) => SermoCommandLine.RunAsync(async () =>
        {
            var path = parse.GetRequiredValue(gold);
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                throw new UserInputException($"gold set not found: {path}");
            }

            var evaluation = TagEvaluator.Evaluate(ClinicalTagger.CreateDefault(), GoldSet.Load(path));
            var listErrors = parse.GetValue(errors);
            var text = parse.GetValue(json)
                ? JsonSerializer.Serialize(listErrors ? evaluation : evaluation with { Errors = [] }, JsonOptions)
                : Table(evaluation, listErrors);
            await Console.Out.WriteLineAsync(text.AsMemory(), ct);
            return 0;
        }));
        return command;
    }

    private static string Table(TagEvaluation evaluation, bool listErrors)
    {
        var lines = new List<string> { $"{evaluation.Sentences} sentences", "type                 P      R      F1     tp    fp    fn" };
        foreach (var score in evaluation.Types.Append(evaluation.Drugs).Append(evaluation.AdverseEventPairs))
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{score.Type,-18} {score.Precision,6:F3} {score.Recall,6:F3} {score.F1,6:F3} {score.TruePositives,5} {score.FalsePositives,5} {score.FalseNegatives,5}"));
        }

        foreach (var flag in evaluation.Flags.Append(evaluation.EntitySentiment))
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{flag.Flag} accuracy {flag.Accuracy:F3} ({flag.Agreements}/{flag.Compared})"));
        }

        if (listErrors)
        {
            lines.AddRange(evaluation.Errors);
        }

        return string.Join(Environment.NewLine, lines);
    }
}
