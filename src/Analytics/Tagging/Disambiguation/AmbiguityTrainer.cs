namespace Sermo.Analytics.Tagging.Disambiguation;

/// <summary>The ML.NET binary trainers the disambiguation model is chosen among by cross-validation.</summary>
public enum AmbiguityTrainer
{
    /// <summary>L-BFGS logistic regression.</summary>
    LogisticRegression,

    /// <summary>SDCA logistic regression.</summary>
    Sdca,

    AveragedPerceptron,
}
