namespace Sermo.Ingest.Anonymization;

/// <summary>
/// The (length, first letter, last letter) shapes of a few short cue lists, folded to ASCII lower case: a test of two array
/// reads that answers "no list here can hold this word" for most words of a post, before the detectors ask the lists
/// themselves. Exact under ordinal and ordinal ignore-case lists alike (decision 084): such a list word equals the word only at
/// the same length, and an ASCII letter equals, ignoring case, only the same letter in either case. A word whose first or last
/// character is not ASCII is always let through, since some non-ASCII letters fold to ASCII ones ("ı" to "I").
/// </summary>
internal sealed class WordShapes
{
    private readonly int _longest;

    private readonly bool[] _shapes;

    public WordShapes(params IEnumerable<string>[] lists)
    {
        var words = lists.SelectMany(list => list).ToList();
        if (words.FirstOrDefault(word => word.Length == 0 || !char.IsAsciiLetter(word[0]) || !char.IsAsciiLetter(word[^1])) is { } odd)
        {
            throw new ArgumentException($"\"{odd}\" neither starts nor ends with an ASCII letter: its shape cannot be folded.", nameof(lists));
        }

        _longest = words.Max(word => word.Length);
        _shapes = new bool[(_longest + 1) * 26 * 26];
        foreach (var word in words)
        {
            _shapes[Slot(word.Length, word[0], word[^1])] = true;
        }
    }

    /// <summary>False only when no word of the lists can equal <paramref name="word"/>, with or without case.</summary>
    public bool MayHold(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length > _longest)
        {
            return false;
        }

        char first = word[0], last = word[^1];
        if (!char.IsAscii(first) || !char.IsAscii(last))
        {
            return true;
        }

        return char.IsAsciiLetter(first) && char.IsAsciiLetter(last) && _shapes[Slot(word.Length, first, last)];
    }

    private static int Slot(int length, char first, char last) => (((length * 26) + ((first | 0x20) - 'a')) * 26) + ((last | 0x20) - 'a');
}
