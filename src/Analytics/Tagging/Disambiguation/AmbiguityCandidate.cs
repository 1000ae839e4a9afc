namespace Sermo.Analytics.Tagging.Disambiguation;

/// <summary>
/// One occurrence of a term whose sense a rule decides: an ambiguous abbreviation ("MS", "PE", "MRA") or a name
/// that is also an ordinary word ("Watchman", "Port"). <see cref="RuleKeeps"/> is the rule's verdict;
/// <see cref="Features"/> is what the disambiguation model reads (space-separated feature tokens). A candidate that
/// fails the rule's hard conditions (lower case, joined into a longer token, a measurement after an abbreviation;
/// a word-like name not capitalised) is not <see cref="Eligible"/>: only the context judgment is left to a model.
/// </summary>
public sealed record AmbiguityCandidate(string Surface, int Start, int End, EntityType Type, string CanonicalId, bool Eligible, bool RuleKeeps, string Features);
