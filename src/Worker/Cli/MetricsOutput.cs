using System.Globalization;
using System.Text.Json.Nodes;
using Sermo.Analytics.Learning;

namespace Sermo.Worker.Cli;

/// <summary>How <c>eval</c> verbs print a <see cref="ClassificationMetrics"/>: one JSON object, or a table.</summary>
internal static class MetricsOutput
{
    public static JsonObject Json(ClassificationMetrics report, JsonObject? into = null)
    {
        var result = into ?? [];
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
        return result;
    }

    public static void Print(ClassificationMetrics report, TextWriter output, string? title = null)
    {
        var inv = CultureInfo.InvariantCulture;
        if (title is not null)
        {
            output.WriteLine(title);
        }

        output.WriteLine(string.Create(inv, $"examples {report.Examples:N0}   accuracy {report.Accuracy:F4}   macro-F1 {report.MacroF1:F4}"));
        var width = Math.Max(8, report.Labels.Max(l => l.Length) + 1);
        output.WriteLine();
        output.WriteLine($"{"label".PadRight(width)} precision  recall      f1  support");
        foreach (var m in report.PerLabel)
        {
            output.WriteLine(string.Create(inv, $"{m.Label.PadRight(width)} {m.Precision,9:F4} {m.Recall,7:F4} {m.F1,7:F4} {m.Support,8}"));
        }

        output.WriteLine();
        output.WriteLine("confusion (rows: gold, columns: predicted)");
        output.WriteLine(string.Concat("".PadRight(width), string.Concat(report.Labels.Select(l => l.PadLeft(width)))));
        for (var r = 0; r < report.Labels.Count; r++)
        {
            output.WriteLine(string.Concat(report.Labels[r].PadRight(width), string.Concat(report.Confusion[r].Select(v => v.ToString(inv).PadLeft(width)))));
        }
    }

    /// <summary>The options a model was trained with, its classifier's trainer in front: the basis of <c>eval --model M --folds k</c>.</summary>
    public static TextClassifierOptions Basis(ModelManifest manifest, string classifier)
    {
        var facts = manifest.Classifier(classifier);
        return TrainerNames.TryParse(facts.Trainer, out var kind) ? manifest.Options with { Trainer = kind } : manifest.Options;
    }
}
