namespace Sermo.Analytics.Tagging.Disambiguation;

/// <summary>Agreement of one decider (the rules or the model) with the right answers; "positive" is keeping the term.</summary>
public sealed record AmbiguityScore(int Count, int Correct, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Accuracy => Count == 0 ? 1 : (double)Correct / Count;
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static AmbiguityScore Of(IReadOnlyList<bool> predicted, IReadOnlyList<bool> gold)
    {
        int correct = 0, tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < gold.Count; i++)
        {
            correct += predicted[i] == gold[i] ? 1 : 0;
            tp += predicted[i] && gold[i] ? 1 : 0;
            fp += predicted[i] && !gold[i] ? 1 : 0;
            fn += !predicted[i] && gold[i] ? 1 : 0;
        }

        return new AmbiguityScore(gold.Count, correct, tp, fp, fn);
    }
}
