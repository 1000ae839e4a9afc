namespace Sermo.Analytics.Learning;

/// <summary>How a text classifier is featurized and trained; written to the model's manifest.</summary>
public sealed record TextClassifierOptions
{
    public TrainerKind Trainer { get; init; } = TrainerKind.Lbfgs;

    /// <summary>log2 of each hashed n-gram space (word and character).</summary>
    public int Bits { get; init; } = 18;

    /// <summary>Longest word n-gram (1 = unigrams; 2 adds bigrams …).</summary>
    public int WordNgrams { get; init; } = 2;

    /// <summary>Longest character n-gram over the token string (all lengths up to it); 0 turns them off.</summary>
    public int CharNgrams { get; init; } = 4;

    /// <summary>AFINN-111 + Hu &amp; Liu lexicon features (<see cref="TextTokens"/>).</summary>
    public bool Lexicon { get; init; } = true;

    /// <summary>The task's own dense features (clinical context for sentiment, aspect cues for aspects).</summary>
    public bool Context { get; init; } = true;

    /// <summary>L2 penalty of the linear trainers; null = the trainer's own default (SDCA picks one from the data).</summary>
    public float? L2 { get; init; }

    /// <summary>Iterations (SDCA passes, LightGBM boosting rounds, perceptron epochs); 0 = the trainer's default.</summary>
    public int Iterations { get; init; }

    public int Seed { get; init; } = 1;

    /// <summary>Trainer threads; 1 gives the same model on every run.</summary>
    public int Threads { get; init; } = 1;

    public void Validate()
    {
        if (Bits is < 10 or > 24)
        {
            throw new ArgumentException($"--bits must be 10..24, not {Bits}");
        }

        if (WordNgrams is < 1 or > 3 || CharNgrams is < 0 or > 6)
        {
            throw new ArgumentException($"bad n-gram settings: word n-grams {WordNgrams} (1..3), char n-grams {CharNgrams} (0..6)");
        }

        if (L2 < 0 || Iterations < 0 || Threads < 1)
        {
            throw new ArgumentException($"--l2 and --iterations must not be negative and --threads at least 1 (l2 {L2}, iterations {Iterations}, threads {Threads})");
        }
    }
}
