namespace Sermo.Analytics.Safety;

/// <summary>One of the four ICSR minimum criteria as assessed automatically: met or not, and the words that decided it.</summary>
/// <param name="Evidence">What in the scrubbed text (or the post's provenance) decided it; never an identifier.</param>
public sealed record CriterionFinding(bool Met, string Evidence);

/// <summary>
/// The four minimum criteria of a valid individual case safety report (ICH E2D): an identifiable patient, an
/// identifiable reporter, a suspect product and an adverse event, each as the automatic assessment found it.
/// A safety reviewer confirms or overrules them; the queue never decides validity on its own.
/// </summary>
public sealed record IcsrAssessment(CriterionFinding Patient, CriterionFinding Reporter, CriterionFinding Product, CriterionFinding Event)
{
    /// <summary>All four met: the item looks like a valid case and should be reviewed first.</summary>
    public bool LooksValid => Patient.Met && Reporter.Met && Product.Met && Event.Met;
}

/// <summary>A post that mentions a watched product with adverse-event language: what the safety queue stores for it.</summary>
/// <param name="Product">The suspect product as the post names it.</param>
/// <param name="Substance">Its generic (active substance) name.</param>
/// <param name="Event">The adverse event as the post words it.</param>
public sealed record SafetyCase(
    string PostId, DateTimeOffset PostedAt, string? Specialty, string Text, string Product, string Substance, string Event, IcsrAssessment Criteria);
