using System.ComponentModel.DataAnnotations;

namespace Sermo.Analytics.Disclosure;

public sealed class ReleaseOptions
{
    public const string SectionName = "Release";

    /// <summary>
    /// The secret every client's noise key derives from (<c>release-noise.secret</c> in the data folder, outside the
    /// database). Changing it gives every published cell a fresh draw: a client holding reports from before and after
    /// could average the two, so it is never rotated casually (decision 013).
    /// </summary>
    [Required(ErrorMessage = "Release:NoiseSecret is required.")]
    [MinLength(32, ErrorMessage = "Release:NoiseSecret must be at least 32 characters.")]
    public string NoiseSecret { get; set; } = "";
}
