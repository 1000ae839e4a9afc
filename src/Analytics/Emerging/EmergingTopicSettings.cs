using System.ComponentModel.DataAnnotations;

namespace Sermo.Analytics.Emerging;

/// <summary>
/// How emerging topics are found (<c>Emerging</c> section; decision 029). The defaults were chosen before the planted
/// evaluation ran and are not tuned on it.
/// </summary>
public sealed class EmergingTopicSettings
{
    public const string SectionName = "Emerging";

    /// <summary>Trailing weeks before the foreground week that make the baseline.</summary>
    [Range(2, 52)]
    public int BaselineWeeks { get; set; } = 8;

    /// <summary>
    /// Minimum distinct authors in the foreground week (support floor). Never below 5, the smallest k: a topic from
    /// fewer authors could not be shown to any client anyway.
    /// </summary>
    [Range(5, 1000)]
    public int MinAuthors { get; set; } = 5;

    /// <summary>The week's rate must be at least this many times the baseline rate.</summary>
    [Range(1.0, 100.0)]
    public double MinLift { get; set; } = 2.0;

    /// <summary>Family-wise error rate: a candidate is significant when p ≤ Alpha / (candidates tested) (Bonferroni).</summary>
    [Range(1e-9, 0.5)]
    public double Alpha { get; set; } = 0.05;
}
