using System.Buffers;
using System.Text;

namespace Sermo.Storage.Cube;

/// <summary>
/// Writes the cube's packed rows: one row per (client, grain, segment kind, bucket, term) holds every segment value,
/// so a 50 x 52 heat map is 2,600 rows whether it is split by nothing, 25 specialties or 51 states.
/// </summary>
internal sealed class CubeBlobWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new(256);

    public static int VarintLength(int value)
    {
        var length = 1;
        for (var v = (uint)value; v >= 0x80; v >>= 7)
        {
            length++;
        }

        return length;
    }

    public void WriteByte(byte value)
    {
        _buffer.GetSpan(1)[0] = value;
        _buffer.Advance(1);
    }

    public void WriteVarint(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        var span = _buffer.GetSpan(5);
        var i = 0;
        var v = (uint)value;
        for (; v >= 0x80; v >>= 7)
        {
            span[i++] = (byte)(v | 0x80);
        }

        span[i++] = (byte)v;
        _buffer.Advance(i);
    }

    public void WriteString(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        WriteVarint(length);
        Encoding.UTF8.GetBytes(value, _buffer.GetSpan(length));
        _buffer.Advance(length);
    }

    public void WriteBytes(ReadOnlySpan<byte> bytes) => _buffer.Write(bytes);

    public byte[] ToArray() => _buffer.WrittenSpan.ToArray();

    public void Clear() => _buffer.ResetWrittenCount();
}

internal ref struct CubeBlobReader(ReadOnlySpan<byte> blob)
{
    private readonly ReadOnlySpan<byte> _blob = blob;
    private int _at;

    public readonly bool End => _at >= _blob.Length;

    public byte ReadByte() => _blob[_at++];

    public int ReadVarint()
    {
        uint value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = _blob[_at++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return (int)value;
            }
        }
    }

    public string ReadString()
    {
        var length = ReadVarint();
        var text = length == 0 ? "" : Encoding.UTF8.GetString(_blob.Slice(_at, length));
        _at += length;
        return text;
    }

    /// <summary>Reads a string written by <see cref="CubeBlobWriter.WriteString"/> and tells whether it equals <paramref name="utf8"/>, without allocating it.</summary>
    public bool ReadStringEquals(ReadOnlySpan<byte> utf8)
    {
        var length = ReadVarint();
        var equal = _blob.Slice(_at, length).SequenceEqual(utf8);
        _at += length;
        return equal;
    }

    public ReadOnlySpan<byte> ReadBytes(int length)
    {
        var bytes = _blob.Slice(_at, length);
        _at += length;
        return bytes;
    }
}

/// <summary>
/// The one segment value a read keeps, held as text and as the UTF-8 the rows store, so other values are compared
/// as bytes and never decoded, and the kept value is not decoded again for every cell.
/// </summary>
internal sealed class SegmentFilter(string value)
{
    private readonly byte[] _utf8 = Encoding.UTF8.GetBytes(value);

    public string Value { get; } = value;

    /// <summary>The row's next segment value; with a filter, null (left undecoded) when it is another value.</summary>
    public static string? ReadSegment(ref CubeBlobReader reader, SegmentFilter? filter) =>
        filter is null ? reader.ReadString() : reader.ReadStringEquals(filter._utf8) ? filter.Value : null;
}

/// <summary>One segment value's counts and author set while a row is built (rollup) or merged (read).</summary>
internal sealed class SegmentCell
{
    public CellCounts Counts;

    public AuthorSet Authors { get; } = new();

    /// <summary>Packs segment values in ordinal order: counts row and author-set row, the same order in both.</summary>
    public static (byte[] Counts, byte[] Authors) Pack(SortedDictionary<string, SegmentCell> cells, CubeBlobWriter writer)
    {
        writer.Clear();
        foreach (var (segment, cell) in cells)
        {
            writer.WriteString(segment);
            (cell.Counts with { Authors = cell.Authors.Count }).Write(writer);
        }

        var counts = writer.ToArray();
        writer.Clear();
        foreach (var (segment, cell) in cells)
        {
            writer.WriteString(segment);
            cell.Authors.Write(writer);
        }

        return (counts, writer.ToArray());
    }
}
