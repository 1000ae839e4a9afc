namespace Sermo.Analytics.Tagging.Disambiguation;

/// <summary>The ML.NET output row of the disambiguation model (bound by reflection).</summary>
public sealed class AmbiguityPrediction
{
    public bool PredictedLabel { get; set; }
}
