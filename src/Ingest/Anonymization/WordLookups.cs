namespace Sermo.Ingest.Anonymization;

/// <summary>Small fixed word sets that rules ask for a token's word, span in, no string made.</summary>
internal static class WordLookups
{
    public static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Ordinal(params string[] words) =>
        new HashSet<string>(words, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// An ordinal set of lower-case words asked about most words of every post: a word whose length, first and last letter no listed
    /// word has is answered without the hash (decision 308).
    /// </summary>
    public static LowerCaseWordSet OrdinalLowerCase(params string[] words) => new(words);
}
