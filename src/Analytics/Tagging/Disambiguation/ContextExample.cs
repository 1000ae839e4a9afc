namespace Sermo.Analytics.Tagging.Disambiguation;

/// <summary>One labelled context: <see cref="Term"/>'s first occurrence in <see cref="Text"/> is (true) or is not the lexicon's sense.</summary>
public sealed record ContextExample(string Id, string Text, string Term, bool Label);
