namespace Sermo.Analytics.Learning;

/// <summary>Per-label precision, recall, F1 and how many gold examples carry the label.</summary>
public sealed record LabelMetrics(string Label, double Precision, double Recall, double F1, int Support);

/// <summary>
/// Accuracy, macro-F1 and per-label figures from a confusion matrix (rows gold, columns predicted) as ML.NET's
/// multiclass evaluator counts it (<c>ConfusionMatrix.Counts</c>), plus rows for gold labels the model never saw:
/// those examples are all errors. Cross-validation adds the folds' matrices, so its figures pool every prediction.
/// </summary>
public sealed record ClassificationMetrics(
    int Examples,
    double Accuracy,
    double MacroF1,
    IReadOnlyList<LabelMetrics> PerLabel,
    IReadOnlyList<string> Labels,
    int[][] Confusion)
{
    public static ClassificationMetrics FromConfusion(IReadOnlyList<string> labels, int[][] confusion)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(confusion);
        var n = labels.Count;
        if (confusion.Length != n || confusion.Any(row => row.Length != n))
        {
            throw new ArgumentException($"confusion matrix must be {n} x {n}");
        }

        var total = confusion.Sum(row => row.Sum());
        var correct = Enumerable.Range(0, n).Sum(i => confusion[i][i]);
        var perLabel = new List<LabelMetrics>(n);
        for (var l = 0; l < n; l++)
        {
            var support = confusion[l].Sum();
            var predicted = confusion.Sum(row => row[l]);
            var precision = predicted == 0 ? 0 : (double)confusion[l][l] / predicted;
            var recall = support == 0 ? 0 : (double)confusion[l][l] / support;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perLabel.Add(new LabelMetrics(labels[l], precision, recall, f1, support));
        }

        // Macro-F1 over labels that occur as gold or as prediction, as scikit-learn averages it.
        var present = perLabel.Where((m, l) => m.Support > 0 || confusion.Any(row => row[l] > 0)).ToList();
        return new ClassificationMetrics(total, total == 0 ? 0 : (double)correct / total, present.Count == 0 ? 0 : present.Average(m => m.F1), perLabel, [.. labels], confusion);
    }

    /// <summary>Adds two matrices over the same labels (cross-validation folds).</summary>
    public static int[][] Add(int[][] a, int[][] b) =>
        [.. a.Select((row, i) => row.Select((v, j) => v + b[i][j]).ToArray())];
}
