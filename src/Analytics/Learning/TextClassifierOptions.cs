namespace Sermo.Analytics.Learning;

/// <summary>How a text classifier is featurized and trained; written to the model's manifest.</summary>
public sealed record TextClassifierOptions
{
    public TrainerKind Trainer { get; init; } = TrainerKind.Lbfgs;

    /// <summary>
    /// Featurize with ML.NET's own <c>FeaturizeText</c> (its defaults) instead of Sermo's tokens, lexicon and context
    /// features: the "ML.NET defaults" peer of the benchmarks (with <see cref="TrainerKind.Sdca"/>), not for production.
    /// </summary>
    public bool MlNetFeaturizer { get; init; }

    /// <summary>
    /// Character 3–5-grams of each word (<see cref="TextTokens"/>); word unigrams and bigrams are always in. Off by
    /// default: on the training posts they added 0.3 points of cross-validated accuracy and cost about six times the
    /// prediction time (decision 009).
    /// </summary>
    public bool CharNgrams { get; init; }

    /// <summary>AFINN-111 + Hu &amp; Liu lexicon features (<see cref="TextTokens"/>).</summary>
    public bool Lexicon { get; init; } = true;

    /// <summary>The task's own dense features (clinical context for sentiment, aspect cues for aspects).</summary>
    public bool Context { get; init; } = true;

    /// <summary>L2 penalty of the linear trainers; null = the trainer's own default (SDCA picks one from the data).</summary>
    public float? L2 { get; init; }

    /// <summary>Iterations (SDCA passes, LightGBM boosting rounds, perceptron epochs); 0 = the trainer's default.</summary>
    public int Iterations { get; init; }

    /// <summary>
    /// L-BFGS's stopping rule: the mean relative improvement of the objective over the last 5 iterations; null = the
    /// pipeline's 1e-5. Other trainers ignore it.
    /// </summary>
    public float? Tolerance { get; init; }

    /// <summary>L-BFGS's memory (past steps kept for the Hessian estimate); 0 = ML.NET's 20. Other trainers ignore it.</summary>
    public int Memory { get; init; }

    public int Seed { get; init; } = 1;

    /// <summary>Trainer threads; 1 gives the same model on every run.</summary>
    public int Threads { get; init; } = 1;

    public void Validate()
    {
        // Written so NaN fails too (NaN < 0 and NaN <= 0 are false): a penalty or tolerance must be a finite number.
        if ((L2 is { } l2 && !(l2 >= 0 && float.IsFinite(l2))) || Iterations < 0 || Memory < 0 || Threads < 1
            || (Tolerance is { } tolerance && !(tolerance > 0 && float.IsFinite(tolerance))))
        {
            throw new ArgumentException($"--l2, --iterations and --memory must not be negative, --tolerance must be positive, both finite, and --threads at least 1 (l2 {L2}, iterations {Iterations}, memory {Memory}, tolerance {Tolerance}, threads {Threads})");
        }
    }
}
