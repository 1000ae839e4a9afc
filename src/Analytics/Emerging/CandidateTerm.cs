namespace Sermo.Analytics.Emerging;

/// <summary>Where a candidate term comes from: one of the tagger's entity kinds, or a noun phrase between stop words.</summary>
public enum CandidateKind
{
    Drug,
    DrugClass,
    Device,
    Disease,
    Phrase,
}

/// <summary>
/// A term that may be emerging. <see cref="Key"/> is lower case: the entity's canonical name, or the phrase's words
/// joined by single spaces. <see cref="EntityId"/> is the tagger's canonical id for an entity (null for a phrase).
/// </summary>
public sealed record CandidateTerm(string Key, CandidateKind Kind, string? EntityId);
