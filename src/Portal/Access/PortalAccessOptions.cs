using System.ComponentModel.DataAnnotations;

namespace Sermo.Portal.Access;

/// <summary>Sign-in, lockout and key lifetimes of portal accounts (<c>Portal:Access</c>).</summary>
public sealed class PortalAccessOptions
{
    public const string SectionName = "Portal:Access";

    /// <summary>Failed sign-ins in a row that lock an account.</summary>
    [Range(1, 100)]
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>How long a locked account refuses even the right password.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Sign-in attempts per minute from one address.</summary>
    [Range(1, 1000)]
    public int SignInsPerMinute { get; set; } = 10;

    /// <summary>Requests per minute of one API key, or of one signed-in account's browser sessions (429 beyond).</summary>
    [Range(1, 10_000_000)]
    public int RequestsPerMinute { get; set; } = 600;

    /// <summary>How long a browser session lasts without activity.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Lifetime of an API key when the issuer names none.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "730.00:00:00")]
    public TimeSpan KeyLifetime { get; set; } = TimeSpan.FromDays(90);

    /// <summary>The longest lifetime an issuer may ask for.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "730.00:00:00")]
    public TimeSpan MaxKeyLifetime { get; set; } = TimeSpan.FromDays(365);

    /// <summary>Shortest password accepted for a new account.</summary>
    [Range(8, 128)]
    public int MinPasswordLength { get; set; } = 12;
}
