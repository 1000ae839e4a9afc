using System.Security.Cryptography;

namespace Sermo.Portal.Access;

/// <summary>Passwords the portal generates for a new account (printed by `portal user add`, shown once by the admin page).</summary>
public static class PortalPasswords
{
    /// <summary>18 random bytes as URL-safe base64: 24 characters, 144 bits.</summary>
    public static string Generate() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');
}
