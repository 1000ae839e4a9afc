namespace Sermo.Analytics.Learning;

/// <summary>One labeled example; <see cref="Line"/> is where it came from, for error messages.</summary>
public readonly record struct LabeledText(string Label, string Text, int Line = 0);
