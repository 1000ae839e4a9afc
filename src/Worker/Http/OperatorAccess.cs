using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Sermo.Worker.Http;

/// <summary>
/// The one place that decides who is an operator. Until the portal has roles: HTTP Basic sign-in whose password is
/// <c>Jobs:OperatorKey</c> (any user name), compared in constant time over SHA-256 digests so neither content nor
/// length leaks through timing. The portal's roles replace this class.
/// </summary>
internal sealed class OperatorAccess(string operatorKey)
{
    public const string Realm = "Sermo operators";

    private const string Scheme = "Basic ";

    private readonly byte[] _keyDigest = SHA256.HashData(Encoding.UTF8.GetBytes(operatorKey.Trim()));

    public bool IsOperator(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        string credentials;
        try
        {
            credentials = Encoding.UTF8.GetString(Convert.FromBase64String(header[Scheme.Length..].Trim()));
        }
        catch (FormatException)
        {
            return false;
        }

        var colon = credentials.IndexOf(':', StringComparison.Ordinal);
        var password = colon < 0 ? "" : credentials[(colon + 1)..];
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(password)), _keyDigest);
    }

    /// <summary>Asks the browser to sign in (a 401 without it would just show an error page).</summary>
    public static void Challenge(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers[HeaderNames.WWWAuthenticate] = $"Basic realm=\"{Realm}\", charset=\"UTF-8\"";
        response.Headers[HeaderNames.CacheControl] = "no-store";
    }
}
