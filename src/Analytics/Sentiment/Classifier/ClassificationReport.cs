namespace Sermo.Analytics.Sentiments;

/// <summary>Per-label precision, recall, F1 and how many gold examples carry the label.</summary>
public sealed record LabelMetrics(string Label, double Precision, double Recall, double F1, int Support);

/// <summary>
/// Accuracy, macro-F1, per-label metrics and the confusion matrix (rows = gold, columns = predicted) over the
/// union of gold and predicted labels, as scikit-learn counts them. A gold label the model has never seen is
/// a row of its own whose examples are all errors.
/// </summary>
public sealed record ClassificationReport(
    int Examples,
    double Accuracy,
    double MacroF1,
    IReadOnlyList<LabelMetrics> PerLabel,
    IReadOnlyList<string> Labels,
    int[][] Confusion)
{
    public static ClassificationReport Create(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException("gold and predicted differ in length");
        }

        var labels = gold.Concat(predicted).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var index = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var confusion = labels.Select(_ => new int[labels.Length]).ToArray();
        var correct = 0;
        for (var i = 0; i < gold.Count; i++)
        {
            confusion[index[gold[i]]][index[predicted[i]]]++;
            correct += gold[i] == predicted[i] ? 1 : 0;
        }

        var perLabel = new List<LabelMetrics>(labels.Length);
        for (var l = 0; l < labels.Length; l++)
        {
            var tp = confusion[l][l];
            var support = confusion[l].Sum();
            var predictedCount = confusion.Sum(row => row[l]);
            var precision = predictedCount == 0 ? 0 : (double)tp / predictedCount;
            var recall = support == 0 ? 0 : (double)tp / support;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perLabel.Add(new LabelMetrics(labels[l], precision, recall, f1, support));
        }

        return new ClassificationReport(
            gold.Count,
            gold.Count == 0 ? 0 : (double)correct / gold.Count,
            perLabel.Count == 0 ? 0 : perLabel.Average(m => m.F1),
            perLabel,
            labels,
            confusion);
    }

    public static ClassificationReport Evaluate(LinearTextModel model, IReadOnlyList<LabeledText> data)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        var probabilities = new float[model.Labels.Count];
        var predicted = new string[data.Count];
        for (var i = 0; i < data.Count; i++)
        {
            predicted[i] = model.Labels[model.Predict(data[i].Text, probabilities)];
        }

        return Create([.. data.Select(d => d.Label)], predicted);
    }
}

/// <summary>Stratified splits, seeded: the held-out set of <c>train</c> and the folds of <c>eval --folds</c>.</summary>
public static class StratifiedSplit
{
    /// <summary>Fold number (0..folds-1) of each example: each label's examples are shuffled and dealt round-robin.</summary>
    public static int[] Folds(IReadOnlyList<LabeledText> data, int folds, int seed)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var fold = new int[data.Count];
        var random = new Random(seed);
        var next = 0;
        foreach (var group in data.Select((d, i) => (d.Label, i)).GroupBy(p => p.Label, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var members = group.Select(p => p.i).ToArray();
            random.Shuffle(members);
            foreach (var member in members)
            {
                fold[member] = next++ % folds;
            }
        }

        return fold;
    }

    /// <summary>10-fold (or any) cross-validation with the given options; the report pools every fold's predictions.</summary>
    public static (ClassificationReport Pooled, double[] FoldAccuracy) CrossValidate(IReadOnlyList<LabeledText> data, int folds, TrainingOptions options)
    {
        var fold = Folds(data, folds, options.Seed);
        var labels = LinearTextTrainer.LabelsOf(data);
        var gold = new List<string>(data.Count);
        var predicted = new List<string>(data.Count);
        var accuracy = new double[folds];
        for (var f = 0; f < folds; f++)
        {
            var train = data.Where((_, i) => fold[i] != f).ToList();
            var test = data.Where((_, i) => fold[i] == f).ToList();
            var model = LinearTextTrainer.Train(train, options, labels);
            var report = ClassificationReport.Evaluate(model, test);
            accuracy[f] = report.Accuracy;
            var probabilities = new float[labels.Count];
            foreach (var example in test)
            {
                gold.Add(example.Label);
                predicted.Add(labels[model.Predict(example.Text, probabilities)]);
            }
        }

        return (ClassificationReport.Create(gold, predicted), accuracy);
    }
}
