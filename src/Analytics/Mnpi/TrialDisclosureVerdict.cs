namespace Sermo.Analytics.Mnpi;

/// <summary>What the guard found in one post.</summary>
/// <param name="Score">The classifier's probability that the post discloses non-public trial information.</param>
/// <param name="ByRules">The hand-written rules flag it on their own.</param>
/// <param name="Cues">The rule cues found (<see cref="TrialDisclosureRules.Names"/>).</param>
public sealed record TrialDisclosureVerdict(bool Flagged, double Score, bool ByRules, IReadOnlyList<string> Cues);
