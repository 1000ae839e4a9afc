using System.ComponentModel.DataAnnotations;

namespace Sermo.Portal.Alerts;

/// <summary>Delivery of client alerts (<c>Portal:Alerts</c>). Without an SMTP host e-mail deliveries fail and are logged so.</summary>
public sealed class AlertOptions
{
    public const string SectionName = "Portal:Alerts";

    /// <summary>SMTP relay host (plain SMTP on <see cref="SmtpPort"/>; a relay on the host or the local network).</summary>
    public string? SmtpHost { get; set; }

    [Range(1, 65535, ErrorMessage = "Portal:Alerts:SmtpPort must be 1 to 65535.")]
    public int SmtpPort { get; set; } = 25;

    [EmailAddress(ErrorMessage = "Portal:Alerts:From must be an e-mail address.")]
    public string From { get; set; } = "alerts@sermo.invalid";

    /// <summary>How long one webhook or SMTP attempt may take.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00", ErrorMessage = "Portal:Alerts:SendTimeout must be 00:00:01 to 00:05:00.")]
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Webhooks over plain http only to loopback (tests, a local relay); anything else needs https.</summary>
    public static string? WebhookProblem(string url) =>
        !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") ? "the webhook must be an absolute http(s) URL"
        : uri.Scheme == "http" && !uri.IsLoopback ? "a webhook must use https (plain http is allowed to loopback only)"
        : url.Length > 2000 ? "the webhook URL is longer than 2000 characters"
        : null;
}
