using System.ComponentModel.DataAnnotations;

namespace Sermo.Portal.Labels;

/// <summary>The data team's label export and import on <c>/portal/models</c> (<c>Portal:Labels</c>).</summary>
public sealed class LabelFilesOptions
{
    public const string SectionName = "Portal:Labels";

    /// <summary>
    /// The sentiment training file (label,text) imports merge into, as <c>labels import --into</c> does; its audit file
    /// (<c>labels-audit.log</c>) sits beside it. The Worker defaults it to <c>&lt;data folder&gt;/labels/sentiment-train.csv</c>;
    /// unset, the page refuses imports and says so.
    /// </summary>
    public string? TrainingFile { get; set; }

    /// <summary>
    /// The aspect training file (drug,aspect,polarity,text, as <c>train aspects --labels</c> reads) aspect imports merge
    /// into; audited in the <c>labels-audit.log</c> beside it. The Worker defaults it to
    /// <c>&lt;data folder&gt;/labels/aspects-train.csv</c>; unset, the page refuses aspect imports and says so.
    /// </summary>
    public string? AspectTrainingFile { get; set; }

    /// <summary>Largest labelled file an import takes (the host's <c>Serve:MaxRequestBodyBytes</c> caps the whole post as well).</summary>
    [Range(1024, 64 * 1024 * 1024, ErrorMessage = "Portal:Labels:MaxUploadBytes must be 1024 to 67108864.")]
    public long MaxUploadBytes { get; set; } = 1024 * 1024;

    /// <summary>Most posts one export from the page may hold (the verb has no cap).</summary>
    [Range(1, 100_000, ErrorMessage = "Portal:Labels:MaxExportRows must be 1 to 100000.")]
    public int MaxExportRows { get; set; } = 5_000;
}
