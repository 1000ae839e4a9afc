namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A bit filter in front of a word table (decision 102): it answers most noes before the table's hash, buckets and entries are
/// read, and never says no to a word the table holds (equal words, or ASCII words equal ignoring case, hash alike). Blocked:
/// both bits of a word sit in one 64-bit slot, so a no costs one read of the filter that may miss the cache, not two.
/// About 12 bits per word: about 1 % of the words the table does not hold get through to it.
/// </summary>
internal sealed class WordFilter
{
    private readonly ulong[] _slots;

    public WordFilter(IReadOnlyCollection<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        _slots = new ulong[Math.Max(64, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)words.Count * 12) / 64)];
        foreach (var word in words)
        {
            var hash = FoldedHash(word);
            _slots[Slot(hash)] |= Bits(hash);
        }
    }

    /// <summary>False only when no word of the table equals <paramref name="word"/>, ordinally or ignoring ASCII case.</summary>
    public bool MayContain(ReadOnlySpan<char> word) => MayContainHash(FoldedHash(word));

    /// <summary><see cref="MayContain"/> by the word's <see cref="FoldedHash"/>, which a caller asking several filters computes once (decision 300).</summary>
    public bool MayContainHash(ulong hash)
    {
        var bits = Bits(hash);
        return (_slots[Slot(hash)] & bits) == bits;
    }

    // FNV-1a, 64 bits, over the word with upper-case ASCII letters folded (| 0x20); other characters as they are. FNV-1a mixes
    // its bits too little for a blocked filter (about 9 % of absent words got through instead of 1 %), so the result goes
    // through MurmurHash3's 64-bit finaliser.
    internal static ulong FoldedHash(ReadOnlySpan<char> word)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in word)
        {
            hash = (hash ^ (char.IsAsciiLetterUpper(c) ? (uint)(c | 0x20) : c)) * 1099511628211UL;
        }

        hash = (hash ^ (hash >> 33)) * 0xff51afd7ed558ccdUL;
        return hash ^ (hash >> 33);
    }

    // The slot from the hash's low bits, the two bits from its top twelve.
    private int Slot(ulong hash) => (int)((uint)hash & (uint)(_slots.Length - 1));

    private static ulong Bits(ulong hash) => (1UL << (int)((hash >> 52) & 63)) | (1UL << (int)(hash >> 58));
}
