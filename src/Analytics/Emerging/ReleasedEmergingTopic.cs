namespace Sermo.Analytics.Emerging;

/// <summary>
/// An emerging topic as a client sees it: the term, its kind and segment, the ISO week, and its distinct authors as
/// released (noised, rule P3; never under the client's k). No baseline count, rise, p-value or author is shown: those
/// read the baseline's exact counts, which may be under k (rule P4 allows only released values).
/// </summary>
/// <param name="Specialty">Null: all members.</param>
public sealed record ReleasedEmergingTopic(string Term, string Kind, string? Specialty, DateOnly Week, int Authors);
