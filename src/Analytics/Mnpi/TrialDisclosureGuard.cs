using Sermo.Analytics.Learning;

namespace Sermo.Analytics.Mnpi;

/// <summary>
/// Decides whether a post looks like it discloses non-public clinical-trial information: flagged when the rules flag
/// it or the ML.NET classifier (Sermo's text classifier, the rule cues as its context features) scores it at least
/// <see cref="Threshold"/>. The model is trained from the embedded tuning sentences the first time it is needed
/// (about a second; 200 sentences), so there is no model file to ship or promote. Thread-safe.
/// </summary>
public sealed class TrialDisclosureGuard
{
    /// <summary>Score at or above which the classifier flags a post: below one half, as a missed disclosure costs more than a held-back post.</summary>
    public const double Threshold = 0.4;

    private readonly TextClassifier _model;
    private readonly int _disclosure;

    public TrialDisclosureGuard(TextClassifier model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        _disclosure = model.Labels.ToList().IndexOf(TrialDisclosureLabels.Disclosure);
        if (_disclosure < 0)
        {
            throw new ArgumentException($"the model has no '{TrialDisclosureLabels.Disclosure}' label", nameof(model));
        }
    }

    private static readonly Lazy<TrialDisclosureGuard> Shipped = new(TrainShipped);

    /// <summary>The guard trained on the embedded tuning sentences (trained once per process).</summary>
    public static TrialDisclosureGuard Default => Shipped.Value;

    private static TrialDisclosureGuard TrainShipped()
    {
        var trained = new TrialDisclosureGuard(Train(TrialDisclosureLabels.Tuning()));
        // Training runs in the middle of a cube rollup, and a rollup that used the guard ended about 75 MB more
        // resident than one that did not, while the live objects were far fewer: memory the GC kept after ML.NET's
        // training buffers. A full collection hands it back (decision 075). Once a process.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return trained;
    }

    /// <summary>Sermo's text classifier on the labelled rows, with the rule cues as context and no opinion lexicon.</summary>
    public static TextClassifier Train(IReadOnlyList<LabeledText> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var classifierRows = rows.Select(r => new ClassifierRow { Text = r.Text, Label = r.Label, Context = TrialDisclosureRules.Features(TrialDisclosureRules.Cues(r.Text)) }).ToList();
        return TextClassifierTrainer.Train(classifierRows, TrialDisclosureRules.FeatureCount, new TextClassifierOptions { Lexicon = false });
    }

    public TrialDisclosureVerdict Check(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cues = TrialDisclosureRules.Cues(text);
        Span<float> scores = stackalloc float[_model.Labels.Count];
        _model.Predict(text, TrialDisclosureRules.Features(cues), scores);
        var score = scores[_disclosure];
        var byRules = TrialDisclosureRules.Flags(cues);
        return new TrialDisclosureVerdict(byRules || score >= Threshold, score, byRules, cues);
    }
}
