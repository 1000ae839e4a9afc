using System.Buffers.Binary;
using System.Numerics;

namespace Sermo.Storage.Cube;

/// <summary>
/// An exact set of cube member numbers (dense integers standing for author keys). Small sets stay a list until
/// they outgrow <see cref="SparseLimit"/>, then become a bitset, so a day's thousands of tiny cells stay cheap and a
/// month's union of 20,000 members is a few kilobytes of words to OR. Exactness matters: the k-anonymity decision
/// reads <see cref="Count"/>, so no sketch (HyperLogLog) could stand in for it without being shown conservative.
/// </summary>
internal sealed class AuthorSet
{
    private const int SparseLimit = 128;
    private const byte SparseTag = 0;
    private const byte DenseTag = 1;

    private List<int>? _sparse = [];
    private ulong[] _bits = [];
    private int _count = -1;

    public int Count
    {
        get
        {
            if (_count < 0)
            {
                Normalize();
                _count = _sparse?.Count ?? _bits.Sum(w => BitOperations.PopCount(w));
            }

            return _count;
        }
    }

    public void Add(int member)
    {
        _count = -1;
        if (_sparse is not null)
        {
            _sparse.Add(member);
            if (_sparse.Count > SparseLimit)
            {
                ToDense();
            }

            return;
        }

        SetBit(member);
    }

    /// <summary>Adds every member of an encoded set (see <see cref="Write"/>) and returns the reader past it.</summary>
    public void UnionWith(ref CubeBlobReader reader)
    {
        _count = -1;
        reader.ReadVarint(); // byte length, for Skip
        var tag = reader.ReadByte();
        if (tag == SparseTag)
        {
            var n = reader.ReadVarint();
            var member = 0;
            for (var i = 0; i < n; i++)
            {
                member += reader.ReadVarint();
                Add(member);
            }

            return;
        }

        var words = reader.ReadVarint();
        var bytes = reader.ReadBytes(words * 8);
        if (_sparse is not null)
        {
            ToDense();
        }

        EnsureWords(words);
        for (var w = 0; w < words; w++)
        {
            _bits[w] |= BinaryPrimitives.ReadUInt64LittleEndian(bytes.Slice(w * 8, 8));
        }
    }

    /// <summary>Skips one encoded set without decoding it (a one-segment read skips every other value's set).</summary>
    public static void Skip(ref CubeBlobReader reader) => reader.ReadBytes(reader.ReadVarint());

    /// <summary>
    /// Byte length, then sorted deltas as varints, or the raw words when those are at most twice the size: OR-ing
    /// words is far cheaper than decoding varints, and row totals union dozens of these sets per term.
    /// </summary>
    public void Write(CubeBlobWriter writer)
    {
        Normalize();
        var members = _sparse ?? Members();
        var sparseBytes = 0;
        var previous = 0;
        foreach (var member in members)
        {
            sparseBytes += CubeBlobWriter.VarintLength(member - previous);
            previous = member;
        }

        var words = _bits.Length;
        while (words > 0 && _bits[words - 1] == 0)
        {
            words--;
        }

        if (_sparse is not null || sparseBytes * 2 < words * 8)
        {
            writer.WriteVarint(1 + CubeBlobWriter.VarintLength(members.Count) + sparseBytes);
            writer.WriteByte(SparseTag);
            writer.WriteVarint(members.Count);
            previous = 0;
            foreach (var member in members)
            {
                writer.WriteVarint(member - previous);
                previous = member;
            }

            return;
        }

        writer.WriteVarint(1 + CubeBlobWriter.VarintLength(words) + (words * 8));
        writer.WriteByte(DenseTag);
        writer.WriteVarint(words);
        Span<byte> word = stackalloc byte[8];
        for (var w = 0; w < words; w++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(word, _bits[w]);
            writer.WriteBytes(word);
        }
    }

    private List<int> Members()
    {
        var members = new List<int>();
        for (var w = 0; w < _bits.Length; w++)
        {
            var word = _bits[w];
            while (word != 0)
            {
                members.Add((w * 64) + BitOperations.TrailingZeroCount(word));
                word &= word - 1;
            }
        }

        return members;
    }

    private void Normalize()
    {
        if (_sparse is { Count: > 1 })
        {
            _sparse.Sort();
            var unique = 1;
            for (var i = 1; i < _sparse.Count; i++)
            {
                if (_sparse[i] != _sparse[unique - 1])
                {
                    _sparse[unique++] = _sparse[i];
                }
            }

            _sparse.RemoveRange(unique, _sparse.Count - unique);
        }
    }

    private void ToDense()
    {
        var members = _sparse!;
        _sparse = null;
        foreach (var member in members)
        {
            SetBit(member);
        }
    }

    private void SetBit(int member)
    {
        EnsureWords((member >> 6) + 1);
        _bits[member >> 6] |= 1UL << (member & 63);
    }

    private void EnsureWords(int words)
    {
        if (_bits.Length < words)
        {
            Array.Resize(ref _bits, Math.Max(words, _bits.Length * 2));
        }
    }
}
