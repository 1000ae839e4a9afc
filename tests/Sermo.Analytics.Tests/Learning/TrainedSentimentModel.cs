using Microsoft.VisualBasic.FileIO;
using Sermo.Analytics.Learning;
using Sermo.Analytics.Sentiments;
using Sermo.Analytics.Tests.Tagging;

namespace Sermo.Analytics.Tests.Learning;

/// <summary>
/// The post sentiment model with the demo's options, trained once on the training file
/// (samples/labels/physician-posts-train.csv; never the held-out one) and shared by the tests that need it.
/// </summary>
public sealed class TrainedSentimentModel
{
    public TrainedSentimentModel()
    {
        Rows = PostSentimentModel.Rows(ReadLabels(Path.Combine(LabelsFolder, "physician-posts-train.csv")), SharedTagger.Tagger);
        Classifier = TextClassifierTrainer.Train(Rows, ClinicalContextFeatures.Count, new TextClassifierOptions());
    }

    public static string LabelsFolder { get; } = FindLabels();

    public List<ClassifierRow> Rows { get; }

    public TextClassifier Classifier { get; }

    public static List<LabeledText> ReadLabels(string path)
    {
        using var parser = new TextFieldParser(path) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        var label = Array.IndexOf(header, "label");
        var text = Array.IndexOf(header, "text");
        var rows = new List<LabeledText>();
        while (parser.ReadFields() is { } fields)
        {
            rows.Add(new LabeledText(fields[label], fields[text]));
        }

        return rows;
    }

    private static string FindLabels()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var labels = Path.Combine(dir.FullName, "samples", "labels");
            if (File.Exists(Path.Combine(labels, "physician-posts-train.csv")))
            {
                return labels;
            }
        }

        throw new DirectoryNotFoundException("samples/labels/physician-posts-train.csv not found above " + AppContext.BaseDirectory);
    }
}
