namespace Sermo.Ingest.Anonymization;

/// <summary>
/// An ordinal set of words of lower-case ASCII letters with a pre-check before the hash set: one bit per (length, first letter,
/// last letter) that a listed word has. Ordinal equality needs the same length and the same first and last character, so a word
/// whose bit is clear (or whose first or last character is no lower-case ASCII letter) equals no listed word: the same answers
/// as the hash set alone, and most words of a post never hash (decision 308, as decision 093's cues for the ignore-case lists).
/// </summary>
internal sealed class LowerCaseWordSet
{
    private const int Letters = 26;

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;

    private readonly int _maxLength;

    // Per length and first letter, one bit per last letter.
    private readonly uint[] _lastLetters;

    public LowerCaseWordSet(string[] words)
    {
        if (words.Any(word => word.Length == 0 || !word.All(char.IsAsciiLetterLower)))
        {
            throw new ArgumentException("A word of the set is not lower-case ASCII letters.", nameof(words));
        }

        _words = WordLookups.Ordinal(words);
        _maxLength = words.Max(word => word.Length);
        _lastLetters = new uint[(_maxLength + 1) * Letters];
        foreach (var word in words)
        {
            _lastLetters[(word.Length * Letters) + word[0] - 'a'] |= 1u << (word[^1] - 'a');
        }
    }

    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length > _maxLength)
        {
            return false;
        }

        var first = (uint)(word[0] - 'a');
        var last = (uint)(word[^1] - 'a');
        return first < Letters && last < Letters && (_lastLetters[(word.Length * Letters) + (int)first] & (1u << (int)last)) != 0 && _words.Contains(word);
    }
}
