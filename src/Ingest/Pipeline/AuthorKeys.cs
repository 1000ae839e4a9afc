using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Sermo.Ingest.Pipeline;

/// <summary>
/// Turns a source kind and author reference into the stored author key: the first 16 bytes of
/// HMAC-SHA256(secret, kind + "\n" + reference), as 32 lower-case hex digits. Authors post many times, and one HMAC
/// per post was a twentieth of enrichment's CPU, so recent keys are remembered; the memo is emptied when it reaches
/// <see cref="Capacity"/> entries, which keeps it to a few megabytes whatever the number of authors.
/// </summary>
internal sealed class AuthorKeys(string secret)
{
    public const int Capacity = 16_384;

    private readonly byte[] _secret = Encoding.UTF8.GetBytes(secret);
    private readonly ConcurrentDictionary<string, string> _recent = new(StringComparer.Ordinal);

    public string Key(string kind, string authorRef)
    {
        var input = kind + "\n" + authorRef;
        if (_recent.TryGetValue(input, out var key))
        {
            return key;
        }

        key = Convert.ToHexStringLower(HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes(input)).AsSpan(0, 16));
        if (_recent.Count >= Capacity)
        {
            _recent.Clear();
        }

        _recent[input] = key;
        return key;
    }
}
