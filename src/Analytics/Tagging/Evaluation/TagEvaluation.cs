namespace Sermo.Analytics.Tagging.Evaluation;

/// <summary>Counts for one entity type (or "drug" for brands and generics together).</summary>
public sealed record TypeScore(string Type, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    internal static double Ratio(int numerator, int denominator) => denominator == 0 ? 1.0 : (double)numerator / denominator;
}

/// <summary>Agreement on a flag over the entities both sides found.</summary>
public sealed record FlagScore(string Flag, int Agreements, int Compared, int GoldPositives, int PredictedPositives, int BothPositive)
{
    public double Accuracy => TypeScore.Ratio(Agreements, Compared);
}

/// <summary>The result of running a tagger over a gold set.</summary>
public sealed record TagEvaluation(
    int Sentences,
    IReadOnlyList<TypeScore> Types,
    TypeScore Drugs,
    IReadOnlyList<FlagScore> Flags,
    FlagScore EntitySentiment,
    TypeScore AdverseEventPairs,
    IReadOnlyList<string> Errors)
{
    public FlagScore Flag(string name) => Flags.Single(f => f.Flag == name);

    public TypeScore Type(string name) => Types.Single(t => t.Type == name);
}
