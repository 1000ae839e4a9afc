using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sermo.Analytics.Tagging;
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

            var tagger = ClinicalTagger.CreateDefault();
            var listErrors = parse.GetValue(errors);
            var sets = GoldSet.LoadParts(path)
                .Select(part => (part.Name, Evaluation: TagEvaluator.Evaluate(tagger, part.Sentences)))
                .Select(set => (set.Name, Evaluation: listErrors ? set.Evaluation : set.Evaluation with { Errors = [] }))
                .ToList();
            var text = parse.GetValue(json)
                ? JsonSerializer.Serialize(new { Sets = sets.Select(set => new { set.Name, set.Evaluation }) }, JsonOptions)
                : string.Join(Environment.NewLine + Environment.NewLine, sets.Select(set => Table(set.Name, set.Evaluation)));
            await Console.Out.WriteLineAsync(text.AsMemory(), ct);
            return 0;
        }));
        return command;
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
