using System.ComponentModel.DataAnnotations;

namespace Sermo.Reports.Outbox;

/// <summary>The "Reports" configuration section.</summary>
public sealed class ReportOptions
{
    /// <summary>Root of the client outboxes: each client's runs go to &lt;OutboxPath&gt;/&lt;clientId&gt;/.</summary>
    [Required(AllowEmptyStrings = false)]
    public string OutboxPath { get; set; } = "";
}
