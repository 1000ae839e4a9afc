namespace Sermo.Analytics.Tagging.Disambiguation;

/// <summary>The rules and the model side by side on one labelled part (the contexts' held-out split, or a tagger gold part).</summary>
public sealed record AmbiguityPartResult(string Name, AmbiguityScore Rules, AmbiguityScore Model);
