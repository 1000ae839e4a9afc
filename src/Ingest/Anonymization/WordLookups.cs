namespace Sermo.Ingest.Anonymization;

/// <summary>Small fixed word sets that rules ask for a token's word, span in, no string made.</summary>
internal static class WordLookups
{
    public static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Ordinal(params string[] words) =>
        new HashSet<string>(words, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
