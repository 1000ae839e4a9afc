namespace Sermo.Analytics.Tagging;

/// <summary>One post's automaton scan: every hit, the entity and cue hits each selected leftmost-longest, and sentence ends.</summary>
internal readonly record struct TermScan(List<PhraseHit> Hits, List<PhraseHit> EntityHits, List<PhraseHit> CueHits, List<int> SentenceEnds);
