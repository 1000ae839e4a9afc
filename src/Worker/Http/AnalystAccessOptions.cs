using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text;

namespace Sermo.Worker.Http;

/// <summary>
/// Who may call the analyst API (<c>/api/search</c>): until the portal has roles, one analyst key from configuration
/// (<c>Analyst:Key</c>, e.g. <c>SERMO_Analyst__Key</c>). Without a key the endpoint answers 404; analysts then use the
/// <c>query</c> verb on the host itself (docs/privacy.md, rule P6).
/// </summary>
public sealed class AnalystAccessOptions
{
    public const string SectionName = "Analyst";

    [MinLength(24, ErrorMessage = "Analyst:Key must be at least 24 characters.")]
    public string? Key { get; set; }

    public bool Enabled => !string.IsNullOrEmpty(Key);

    /// <summary>
    /// Compares SHA-256 digests in constant time, so neither the time taken nor the length of a guess says how close it
    /// came.
    /// </summary>
    public bool IsAuthorized(string? presented) =>
        Enabled && presented is not null
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(Key!)));
}
