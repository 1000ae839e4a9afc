namespace Sermo.Analytics.Tagging.Evaluation;

/// <summary>One separately scored part of a gold set (a file, or a folder of files), named after it.</summary>
public sealed record GoldSetPart(string Name, IReadOnlyList<GoldSentence> Sentences);
