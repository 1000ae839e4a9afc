namespace Sermo.Analytics.Tagging.Disambiguation;

/// <summary>
/// Abbreviations whose other sense has its own words (round 43, decision 270): "MAC" is a mycobacterial infection in a
/// lung or infection post, but in an anaesthesia sentence it is the minimum alveolar concentration or monitored
/// anaesthesia care ("sevoflurane at low MAC"); "SSI" is a surgical site infection, but beside insulin words it is the
/// sliding-scale insulin order ("SSI orders with lispro"), and a post about a sliding scale names it once and then
/// abbreviates it anywhere ("SSI alone is not a diabetes regimen"). A kept disease candidate of such a code is dropped
/// when its sentence names a word of the other sense, or the post one of its post-wide words. The words are the other
/// sense's own vocabulary, not words of any one post.
/// </summary>
internal static class OtherSenseWords
{
    private static readonly Dictionary<string, (string[] SentenceWords, string[] PostWords)> WordsByCode = new(StringComparer.Ordinal)
    {
        ["A31.0"] = (
        [
            "anesthesia", "anaesthesia", "anesthetic", "anaesthetic", "anesthesiologist", "anaesthetist", "sevoflurane",
            "desflurane", "isoflurane", "sevo", "volatile", "sedation", "alveolar", "annular", "calcification",
        ], []),
        ["T81.40XA"] = (["insulin", "lispro", "aspart", "glulisine", "basal", "bolus", "correction", "sugars", "glucose", "glucoses"], ["sliding"]),
    };

    public static void DropOtherSenses(
        ReadOnlySpan<char> chars, List<int> sentenceEnds, List<PhraseHit> hits, List<(int Hit, AmbiguityCandidate Candidate)> candidates, bool[] keep)
    {
        foreach (var (hit, candidate) in candidates)
        {
            if (!keep[hit] || candidate.Type != EntityType.Disease || !WordsByCode.TryGetValue(candidate.CanonicalId, out var sense))
            {
                continue;
            }

            var sentence = TextStructure.SegmentOf(sentenceEnds, hits[hit].Start, 0);
            keep[hit] = !EntityRoles.ContainsWord(chars, TextStructure.SegmentStart(sentenceEnds, sentence), sentenceEnds[sentence], sense.SentenceWords)
                && !EntityRoles.ContainsWord(chars, 0, chars.Length, sense.PostWords);
        }
    }
}
