using System.Security.Cryptography;
using System.Text;

namespace Sermo.Portal.Alerts;

/// <summary>
/// How a client checks a webhook came from Sermo: <c>X-Sermo-Signature: sha256=&lt;hex&gt;</c>, the HMAC-SHA256 with
/// its secret over <c>X-Sermo-Timestamp</c> (Unix seconds), a dot and the exact body bytes. The timestamp is signed so a
/// captured delivery cannot be replayed later as new.
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-Sermo-Signature";
    public const string TimestampHeader = "X-Sermo-Timestamp";

    public static string Sign(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.ASCII.GetBytes(timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }

    /// <summary>A new secret for a client: 32 random bytes, URL-safe.</summary>
    public static string NewSecret() => "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
