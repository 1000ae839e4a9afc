namespace Sermo.Analytics.Learning;

/// <summary>The ML.NET multiclass trainers a text classifier can use (compared by cross-validation: docs/sentiment.md).</summary>
public enum TrainerKind
{
    /// <summary>SDCA maximum entropy (multinomial logistic regression by stochastic dual coordinate ascent).</summary>
    Sdca,

    /// <summary>L-BFGS maximum entropy (multinomial logistic regression, quasi-Newton).</summary>
    Lbfgs,

    /// <summary>LightGBM gradient-boosted trees, multiclass.</summary>
    LightGbm,

    /// <summary>One-versus-all over calibrated averaged perceptrons.</summary>
    OvaPerceptron,
}

public static class TrainerNames
{
    public static string Name(this TrainerKind kind) => kind switch
    {
        TrainerKind.Sdca => "sdca",
        TrainerKind.Lbfgs => "lbfgs",
        TrainerKind.LightGbm => "lightgbm",
        TrainerKind.OvaPerceptron => "ova-perceptron",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static bool TryParse(string name, out TrainerKind kind)
    {
        foreach (var candidate in Enum.GetValues<TrainerKind>())
        {
            if (string.Equals(candidate.Name(), name, StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
