namespace Sermo.Analytics.Safety;

/// <summary>The decisions a safety reviewer records on a queue item.</summary>
public static class SafetyOutcomes
{
    /// <summary>The four criteria hold: a valid case to forward to the product's marketing-authorisation holder.</summary>
    public const string ValidCase = "valid-case";

    /// <summary>Not a case: a criterion fails (no particular patient, hearsay, the event is not attributed to the product).</summary>
    public const string NotACase = "not-a-case";

    /// <summary>The same case as an earlier item.</summary>
    public const string Duplicate = "duplicate";

    /// <summary>
    /// Set by the store, never by a reviewer: the post was deleted or its author opted out before anyone decided, so the
    /// text is gone and the item can no longer be decided or exported (decision 097).
    /// </summary>
    public const string Withdrawn = "withdrawn";

    /// <summary>What a reviewer may decide.</summary>
    public static readonly IReadOnlyList<string> All = [ValidCase, NotACase, Duplicate];
}
