using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Sermo.Analytics.Disclosure;

/// <summary>
/// Deterministic noise for every count one client can see (docs/privacy.md, rule P3; decision 013). A published count
/// is <c>max(0, round(c + σs·Zs + σv·Zv))</c> with two standard normal draws taken from HMAC-SHA256 under the client's
/// key:
/// <list type="bullet">
/// <item><b>Zs</b>, keyed by the cell and the metric only. Asking again, in another report or format, never gives a
/// fresh draw, and however often the data under a cell changes this part stays: averaging versions of a cell cannot
/// take the estimate's error below σs.</item>
/// <item><b>Zv</b>, keyed by the cell's place (grain, bucket, segment, not its term), the metric and the true value.
/// When the count changes (an opt-out, a deletion, a late post) the draw changes, so the difference of two releases
/// is never the exact change; two terms whose counts are equal share the draw, so renaming a term or padding its
/// match words with words nobody writes cannot average it away below σv.</item>
/// </list>
/// A row total's period cell (<see cref="ReleaseCell.IsPeriod"/>) gets both parts scaled by <see cref="PeriodScale"/>:
/// a client receives one total for every window a schedule sends (consecutive weekly windows overlap), and each adds an
/// equation on the small cells inside it; larger noise on those large counts keeps what they add small.
/// Immutable and thread-safe.
/// </summary>
public sealed class ReleaseNoise
{
    /// <summary>How much wider the noise of a period cell (a row total) is than a bucket cell's; measured by the attack suite.</summary>
    public const double PeriodScale = 4;

    /// <summary>Standard deviation of the part that never changes for a cell.</summary>
    public const double StaticSigma = 1.5;

    /// <summary>Standard deviation of the part that changes with the true value.</summary>
    public const double VersionSigma = 1.5;

    /// <summary>Standard deviation of one published count before rounding: sqrt(σs² + σv²) ≈ 2.12.</summary>
    public static readonly double Sigma = Math.Sqrt((StaticSigma * StaticSigma) + (VersionSigma * VersionSigma));

    private const string Context = "sermo/release-noise/v1";

    private readonly byte[] _key;

    public ReleaseNoise(ReadOnlySpan<byte> clientKey)
    {
        if (clientKey.Length < 32)
        {
            throw new ArgumentException("A client's noise key has at least 32 bytes.", nameof(clientKey));
        }

        _key = clientKey.ToArray();
    }

    /// <summary>The key of one client, derived from the data folder's release secret (decision 013).</summary>
    public static ReleaseNoise ForClient(ReadOnlySpan<byte> releaseSecret, string clientId) =>
        new(HMACSHA256.HashData(releaseSecret, Encoding.UTF8.GetBytes(Context + "\n" + clientId)));

    /// <summary>The count a client sees for <paramref name="trueValue"/> of <paramref name="metric"/> in <paramref name="cell"/>.</summary>
    public int Release(ReleaseCell cell, string metric, long trueValue)
    {
        var noisy = trueValue + Noise(cell, metric, trueValue);
        return (int)Math.Clamp(Math.Round(noisy, MidpointRounding.ToEven), 0, int.MaxValue);
    }

    /// <summary>The noise added before rounding (tests and the attack suite read it to check the two parts).</summary>
    public double Noise(ReleaseCell cell, string metric, long trueValue) =>
        (cell.IsPeriod ? PeriodScale : 1)
        * ((StaticSigma * Normal($"s\n{cell.Place}\n{cell.Term}\n{metric}")) + (VersionSigma * Normal($"v\n{cell.Place}\n{metric}\n{trueValue}")));

    /// <summary>A standard normal draw from the HMAC of <paramref name="message"/> (Box-Muller over two 53-bit uniforms).</summary>
    private double Normal(string message)
    {
        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(message), hash);
        var u1 = ((BinaryPrimitives.ReadUInt64LittleEndian(hash) >> 11) + 0.5) / (1UL << 53);
        var u2 = (BinaryPrimitives.ReadUInt64LittleEndian(hash[8..]) >> 11) / (double)(1UL << 53);
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
