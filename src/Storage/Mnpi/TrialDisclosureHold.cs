namespace Sermo.Storage.Mnpi;

/// <summary>One post held out of one finance client's counts and excerpts, as the compliance log keeps it.</summary>
/// <param name="Cues">The rule cues found, comma-separated (docs/mnpi-guard.md).</param>
public sealed record TrialDisclosureHold(string PostId, string ClientId, DateOnly Day, double Score, bool ByRules, string Cues);
