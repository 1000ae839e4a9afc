namespace Sermo.Analytics.Emerging;

/// <summary>
/// A candidate that rose significantly in one week and segment. Exact counts: for analysts only; a client sees
/// <see cref="ReleasedEmergingTopic"/>.
/// </summary>
/// <param name="Specialty">The segment; null for all members.</param>
/// <param name="Authors">Distinct authors who mentioned it in the week.</param>
/// <param name="ActiveAuthors">Distinct authors who posted at all in the week and segment.</param>
/// <param name="BaselineRate">Share of active author-weeks that mentioned it over the trailing baseline (smoothed).</param>
/// <param name="PValue">One-sided binomial probability of at least <see cref="Authors"/> at the baseline rate.</param>
public sealed record EmergingTopic(
    CandidateTerm Term,
    DateOnly Week,
    string? Specialty,
    int Authors,
    int ActiveAuthors,
    int BaselineAuthorWeeks,
    double BaselineRate,
    double PValue)
{
    /// <summary>How many times the baseline rate the week's rate is.</summary>
    public double Lift => ActiveAuthors == 0 ? 0 : Authors / (double)ActiveAuthors / BaselineRate;

    /// <summary>-log10 of the p-value: the ranking score (higher is more surprising).</summary>
    public double Score => -Math.Log10(Math.Max(PValue, double.Epsilon));
}
