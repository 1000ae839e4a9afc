using System.Diagnostics;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Sermo.Analytics.Learning;

/// <summary>One trainer's cross-validated figures, for choosing a trainer (<see cref="TextClassifierTrainer.CompareTrainers"/>).</summary>
public sealed record TrainerComparison(string Trainer, double Accuracy, double MacroF1, double Seconds);

/// <summary>Fits, evaluates and cross-validates <see cref="TextClassifierPipeline"/> on labelled rows.</summary>
public static class TextClassifierTrainer
{
    /// <summary>Labels in score order: sorted ordinally, so the same file always gives the same order.</summary>
    public static IReadOnlyList<string> LabelsOf(IEnumerable<ClassifierRow> rows) =>
        [.. rows.Select(r => r.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public static TextClassifier Train(IReadOnlyList<ClassifierRow> rows, int contextLength, TextClassifierOptions options)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(options);
        var labels = LabelsOf(rows);
        if (labels.Count < 2)
        {
            throw new ArgumentException($"training needs at least two labels; found {labels.Count}");
        }

        var ml = new MLContext(options.Seed);
        var keyed = Keyed(ml, labels, ClassifierRow.Load(ml, rows, contextLength));
        var model = TextClassifierPipeline.Fit(ml, options, keyed);
        return new TextClassifier(ml, model, labels, contextLength);
    }

    /// <summary>
    /// Scores <paramref name="rows"/> with ML.NET's multiclass evaluator; rows whose gold label the model never saw
    /// get their own confusion row (all errors) so the accuracy is over every row.
    /// </summary>
    public static ClassificationMetrics Evaluate(TextClassifier model, IReadOnlyList<ClassifierRow> rows)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(rows);
        var known = model.Labels.ToHashSet(StringComparer.Ordinal);
        var seen = rows.Where(r => known.Contains(r.Label)).ToList();
        var unseen = rows.Where(r => !known.Contains(r.Label)).ToList();
        var labels = model.Labels.Concat(unseen.Select(r => r.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)).ToList();
        var confusion = labels.Select(_ => new int[labels.Count]).ToArray();
        if (seen.Count > 0)
        {
            var ml = new MLContext(1);
            var scored = model.Transform(Keyed(ml, model.Labels, ClassifierRow.Load(ml, seen, model.ContextLength)));
            var counts = ml.MulticlassClassification.Evaluate(scored, TextClassifierPipeline.Label).ConfusionMatrix.Counts;
            for (var i = 0; i < counts.Count; i++)
            {
                for (var j = 0; j < counts[i].Count; j++)
                {
                    confusion[i][j] = (int)Math.Round(counts[i][j]);
                }
            }
        }

        if (unseen.Count > 0)
        {
            var scores = new float[unseen.Count * model.Labels.Count];
            var best = new int[unseen.Count];
            model.PredictBatch(unseen, scores, best);
            for (var r = 0; r < unseen.Count; r++)
            {
                confusion[labels.IndexOf(unseen[r].Label)][best[r]]++;
            }
        }

        return ClassificationMetrics.FromConfusion(labels, confusion);
    }

    /// <summary>k-fold cross-validation with ML.NET's <c>CrossValidate</c>; the figures pool every fold's predictions.</summary>
    public static (ClassificationMetrics Pooled, double[] FoldAccuracy) CrossValidate(
        IReadOnlyList<ClassifierRow> rows, int contextLength, int folds, TextClassifierOptions options)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var labels = LabelsOf(rows);
        var ml = new MLContext(options.Seed);
        var keyed = Keyed(ml, labels, ClassifierRow.Load(ml, rows, contextLength));
        var results = ml.MulticlassClassification.CrossValidate(keyed, TextClassifierPipeline.Build(ml, options), folds, TextClassifierPipeline.Label, seed: options.Seed);
        var confusion = labels.Select(_ => new int[labels.Count]).ToArray();
        foreach (var fold in results)
        {
            confusion = ClassificationMetrics.Add(confusion, Counts(fold.Metrics.ConfusionMatrix, labels.Count));
        }

        return (ClassificationMetrics.FromConfusion(labels, confusion), [.. results.Select(r => r.Metrics.MicroAccuracy)]);
    }

    /// <summary>Cross-validates each trainer on the same rows and folds (same seed); the caller picks by macro-F1.</summary>
    public static List<TrainerComparison> CompareTrainers(
        IReadOnlyList<ClassifierRow> rows, int contextLength, int folds, TextClassifierOptions options, IEnumerable<TrainerKind> trainers, Action<TrainerComparison>? progress = null)
    {
        var comparison = new List<TrainerComparison>();
        foreach (var trainer in trainers)
        {
            var clock = Stopwatch.StartNew();
            var (pooled, _) = CrossValidate(rows, contextLength, folds, options with { Trainer = trainer });
            var entry = new TrainerComparison(trainer.Name(), Math.Round(pooled.Accuracy, 4), Math.Round(pooled.MacroF1, 4), Math.Round(clock.Elapsed.TotalSeconds, 2));
            comparison.Add(entry);
            progress?.Invoke(entry);
        }

        return comparison;
    }

    /// <summary>Maps the string Label column to a key column whose values are <paramref name="labels"/> in this order.</summary>
    internal static IDataView Keyed(MLContext ml, IReadOnlyList<string> labels, IDataView view)
    {
        var keys = ml.Data.LoadFromEnumerable(labels.Select(l => new ClassifierRow { Label = l }), ClassifierRow.Schema(0));
        var keyData = ml.Transforms.SelectColumns(TextClassifierPipeline.Label).Fit(keys).Transform(keys);
        var map = ml.Transforms.Conversion.MapValueToKey(TextClassifierPipeline.Label, keyData: keyData);
        return map.Fit(view).Transform(view);
    }

    private static int[][] Counts(ConfusionMatrix matrix, int size)
    {
        var counts = new int[size][];
        for (var i = 0; i < size; i++)
        {
            counts[i] = new int[size];
            for (var j = 0; j < size && i < matrix.Counts.Count && j < matrix.Counts[i].Count; j++)
            {
                counts[i][j] = (int)Math.Round(matrix.Counts[i][j]);
            }
        }

        return counts;
    }
}
