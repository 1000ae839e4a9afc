using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Sermo.Ingest.Sources;

/// <summary>
/// The ids one input (a dropped file, a pushed batch) has shown so far, so a repeat is refused. The set lives as long
/// as the input is read, so it holds a 128-bit digest of each id (SHA-256 of its UTF-16 code units, cut to 16 bytes)
/// instead of the id: 28 bytes a line where the strings took about 60, which at a million lines is tens of megabytes
/// of the resident set (docs/ingest-speed.md, "Memory"). Two different ids share a digest with odds of about 2^-128.
/// </summary>
public sealed class SeenIds
{
    private readonly HashSet<(ulong, ulong)> _digests = [];

    public int Count => _digests.Count;

    /// <summary>Remembers <paramref name="id"/>; false when it was seen before.</summary>
    public bool Add(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(MemoryMarshal.AsBytes(id.AsSpan()), digest);
        return _digests.Add((BinaryPrimitives.ReadUInt64LittleEndian(digest), BinaryPrimitives.ReadUInt64LittleEndian(digest[8..])));
    }
}
