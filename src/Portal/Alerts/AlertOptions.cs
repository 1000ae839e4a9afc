using System.ComponentModel.DataAnnotations;

namespace Sermo.Portal.Alerts;

/// <summary>How alert e-mail reaches the SMTP relay.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain SMTP, chosen explicitly: a local catcher or a relay on this host, without credentials.</summary>
    None,

    /// <summary>Plain connect, then STARTTLS before anything else (submission, port 587); a relay that does not offer it is refused.</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    Tls,
}

/// <summary>Delivery of client alerts (<c>Portal:Alerts</c>). Without an SMTP host e-mail deliveries fail and are logged so.</summary>
public sealed class AlertOptions : IValidatableObject
{
    public const string SectionName = "Portal:Alerts";

    /// <summary>SMTP relay host, reached on <see cref="SmtpPort"/> as <see cref="SmtpSecurity"/> says.</summary>
    public string? SmtpHost { get; set; }

    /// <summary>
    /// STARTTLS unless set: required, never opportunistic, so a relay (or a man in the middle) that does not offer it gets
    /// no mail rather than a silent fall back to plain text. A plain local relay sets <see cref="SmtpSecurity.None"/> itself.
    /// </summary>
    public SmtpSecurity SmtpSecurity { get; set; } = SmtpSecurity.StartTls;

    /// <summary>SMTP AUTH user; with <see cref="SmtpPassword"/>, and only over <see cref="Alerts.SmtpSecurity.StartTls"/> or <see cref="Alerts.SmtpSecurity.Tls"/>.</summary>
    public string? SmtpUser { get; set; }

    /// <summary>Read from configuration (an environment variable or a secret store), never logged or shown.</summary>
    public string? SmtpPassword { get; set; }

    /// <summary>
    /// SHA-256 (hex) of the relay's certificate, for a relay with a private certificate: that certificate is accepted
    /// and no other. Unset: the system's trust store decides.
    /// </summary>
    [RegularExpression("^[0-9A-Fa-f]{64}$", ErrorMessage = "Portal:Alerts:SmtpCertificateSha256 must be 64 hex digits.")]
    public string? SmtpCertificateSha256 { get; set; }

    [Range(1, 65535, ErrorMessage = "Portal:Alerts:SmtpPort must be 1 to 65535.")]
    public int SmtpPort { get; set; } = 25;

    [EmailAddress(ErrorMessage = "Portal:Alerts:From must be an e-mail address.")]
    public string From { get; set; } = "alerts@sermo.invalid";

    /// <summary>How long one webhook or SMTP attempt may take.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00", ErrorMessage = "Portal:Alerts:SendTimeout must be 00:00:01 to 00:05:00.")]
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrEmpty(SmtpUser) != string.IsNullOrEmpty(SmtpPassword))
        {
            yield return new ValidationResult("Portal:Alerts:SmtpUser and SmtpPassword are set together or not at all.", [nameof(SmtpUser)]);
        }

        if (!string.IsNullOrEmpty(SmtpUser) && SmtpSecurity == SmtpSecurity.None)
        {
            yield return new ValidationResult("Portal:Alerts:SmtpUser needs SmtpSecurity StartTls or Tls: credentials never go over plain SMTP.", [nameof(SmtpSecurity)]);
        }
    }

    /// <summary>Webhooks over plain http only to loopback (tests, a local relay); anything else needs https.</summary>
    public static string? WebhookProblem(string url) =>
        !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") ? "the webhook must be an absolute http(s) URL"
        : uri.Scheme == "http" && !uri.IsLoopback ? "a webhook must use https (plain http is allowed to loopback only)"
        : url.Length > 2000 ? "the webhook URL is longer than 2000 characters"
        : null;
}
