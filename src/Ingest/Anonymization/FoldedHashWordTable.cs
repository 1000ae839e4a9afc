namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Words and their values in one open-addressed array, placed by the word's <see cref="WordFilter.FoldedHash"/>, found ordinally
/// (decision 330). <see cref="Vocabulary"/> hashes each word of a post for its bit filter first; the frozen dictionary behind the
/// filter hashed the word again and read its bucket, hash and entry arrays, the largest part of <see cref="Vocabulary.Lookup"/>
/// in the profile. Here the filter's hash finds the slot, the slot holds the hash, the word and the value together, and the word
/// is compared only on a hash match.
/// </summary>
/// <typeparam name="TValue">What the table answers for a word.</typeparam>
internal sealed class FoldedHashWordTable<TValue>
{
    private readonly Entry[] _entries;

    /// <param name="words">Distinct words (ordinal) and their values.</param>
    public FoldedHashWordTable(IReadOnlyCollection<KeyValuePair<string, TValue>> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        // At most half full: a missing word's probe ends at an empty slot after about two reads of one cache line.
        _entries = new Entry[Math.Max(16, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)words.Count * 2))];
        foreach (var (word, value) in words)
        {
            var hash = WordFilter.FoldedHash(word);
            var slot = Slot(hash);
            while (_entries[slot].Word is { } held)
            {
                if (held == word)
                {
                    throw new ArgumentException($"\"{word}\" is listed twice.", nameof(words));
                }

                slot = (slot + 1) & (_entries.Length - 1);
            }

            _entries[slot] = new Entry(hash, word, value);
        }
    }

    /// <summary>The value of <paramref name="word"/> (ordinal), whose <see cref="WordFilter.FoldedHash"/> is <paramref name="foldedHash"/>.</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, ulong foldedHash, out TValue value)
    {
        var entries = _entries;
        var slot = Slot(foldedHash);
        while (entries[slot].Word is { } held)
        {
            if (entries[slot].Hash == foldedHash && word.SequenceEqual(held))
            {
                value = entries[slot].Value;
                return true;
            }

            slot = (slot + 1) & (entries.Length - 1);
        }

        value = default!;
        return false;
    }

    /// <summary>
    /// Whether the table holds a word equal to <paramref name="word"/> ignoring ASCII case, whose <see cref="WordFilter.FoldedHash"/> is
    /// <paramref name="foldedHash"/> (decision 390). Ordinal ignore-case equality for an all-ASCII word and an all-ASCII table: two such
    /// words are equal ignoring case only if they fold to the same lower case, so hash alike and meet in one probe sequence.
    /// </summary>
    public bool ContainsIgnoringAsciiCase(ReadOnlySpan<char> word, ulong foldedHash)
    {
        var entries = _entries;
        var slot = Slot(foldedHash);
        while (entries[slot].Word is { } held)
        {
            if (entries[slot].Hash == foldedHash && System.Text.Ascii.EqualsIgnoreCase(word, held))
            {
                return true;
            }

            slot = (slot + 1) & (entries.Length - 1);
        }

        return false;
    }

    // The hash's middle bits: the filter reads its low bits for a slot and its top twelve for its two bits.
    private int Slot(ulong hash) => (int)((uint)(hash >> 20) & (uint)(_entries.Length - 1));

    private readonly record struct Entry(ulong Hash, string? Word, TValue Value);
}
