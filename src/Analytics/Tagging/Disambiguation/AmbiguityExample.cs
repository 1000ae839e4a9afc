namespace Sermo.Analytics.Tagging.Disambiguation;

/// <summary>A candidate's features with the right answer: true when the term means what the lexicon says.</summary>
public sealed record AmbiguityExample(string Features, bool Label);
