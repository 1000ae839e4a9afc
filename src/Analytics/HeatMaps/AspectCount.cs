using Sermo.Analytics.Aspects;

namespace Sermo.Analytics.HeatMaps;

/// <summary>
/// A cell's mentions about one aspect (efficacy, safety, access, cost, dosing) and how many of them were positive and
/// negative. Exact in a <see cref="CubeAggregate"/>; released (noisy, under-k aspects left out) in a
/// <see cref="ReleasedCell"/>.
/// </summary>
public sealed record AspectCount(Aspect Aspect, int Mentions, int Positive, int Negative);

/// <summary>
/// One aspect's numbers in a shown heat-map cell, from its released counts only: mentions about the aspect, their
/// positive and negative counts, and net sentiment (positive − negative) / mentions in [−1, 1].
/// </summary>
public sealed record AspectSentiment(Aspect Aspect, int Mentions, int Positive, int Negative, double NetSentiment);

/// <summary>
/// How many distinct authors gave a cell's mentions about <paramref name="Aspect"/> with <paramref name="Polarity"/>
/// the normalised cue <paramref name="Cue"/> (<see cref="AspectCueLexicon"/>). Exact in a <see cref="CubeAggregate"/>;
/// released (noisy, cues under k left out) in a <see cref="ReleasedCell"/> and a <see cref="HeatMapCell"/>.
/// </summary>
public sealed record AspectCueCount(Aspect Aspect, Tagging.Sentiment Polarity, string Cue, int Authors);
