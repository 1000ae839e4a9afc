using System.ComponentModel.DataAnnotations;

namespace Sermo.Reports.Outbox;

/// <summary>The "Reports" configuration section.</summary>
public sealed class ReportOptions
{
    /// <summary>Root of the client outboxes: each client's runs go to &lt;OutboxPath&gt;/&lt;clientId&gt;/.</summary>
    [Required(AllowEmptyStrings = false)]
    public string OutboxPath { get; set; } = "";

    /// <summary>
    /// Root of internal runs (an operator's run that includes a bucket still open, P13): &lt;InternalPath&gt;/&lt;clientId&gt;/.
    /// Outside the outbox, which is all the client API and portal read; empty refuses internal runs.
    /// </summary>
    public string InternalPath { get; set; } = "";

    /// <summary>Headless Chromium that prints the PDF (Debian package <c>chromium</c>).</summary>
    [Required(AllowEmptyStrings = false)]
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>PDF paper: "A4" or "Letter"; printed landscape, heat maps are wide.</summary>
    [RegularExpression("^(A4|Letter)$")]
    public string PaperFormat { get; set; } = "A4";

    /// <summary>How many of the most-mentioned terms get excerpts, and how many excerpts each.</summary>
    [Range(0, 50)]
    public int ExcerptTerms { get; set; } = 5;

    [Range(0, 20)]
    public int ExcerptsPerTerm { get; set; } = 3;

    /// <summary>Most emerging topics a report's "New in the conversation" section lists.</summary>
    [Range(0, 50)]
    public int EmergingTopics { get; set; } = 5;
}
