namespace Sermo.Analytics.Tagging.Disambiguation;

/// <param name="CrossValidation">Each trainer's mean accuracy over 5 folds of the training contexts; the best is <paramref name="Trainer"/>.</param>
/// <param name="Skipped">Contexts whose term the tagger does not see as an ambiguous candidate there (a longer term won).</param>
public sealed record AmbiguityReport(
    int TrainingExamples,
    int Skipped,
    IReadOnlyDictionary<string, double> CrossValidation,
    string Trainer,
    IReadOnlyList<AmbiguityPartResult> Parts);
