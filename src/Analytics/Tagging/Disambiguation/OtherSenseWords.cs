namespace Sermo.Analytics.Tagging.Disambiguation;

/// <summary>
/// Abbreviations whose other sense has its own words (round 43, decision 270): "MAC" is a mycobacterial infection in a
/// lung or infection post, but in an anaesthesia sentence it is the minimum alveolar concentration or monitored
/// anaesthesia care ("sevoflurane at low MAC"), so a sentence with an anaesthesia word drops it; "SSI" is a surgical site
/// infection, but in a post about a sliding scale it is the sliding-scale insulin order ("SSI alone is not a diabetes
/// regimen"), which the post names once and then abbreviates anywhere, so the whole post is read for it. The words are
/// the other sense's own vocabulary, not words of any one post.
/// </summary>
internal static class OtherSenseWords
{
    private static readonly Dictionary<string, (string[] Words, bool WholePost)> WordsByCode = new(StringComparer.Ordinal)
    {
        ["A31.0"] = (
        [
            "anesthesia", "anaesthesia", "anesthetic", "anaesthetic", "anesthesiologist", "anaesthetist", "sevoflurane",
            "desflurane", "isoflurane", "sevo", "volatile", "sedation", "alveolar", "annular", "calcification",
        ], false),
        ["T81.40XA"] = (["sliding"], true),
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
            var (start, end) = sense.WholePost ? (0, chars.Length) : (TextStructure.SegmentStart(sentenceEnds, sentence), sentenceEnds[sentence]);
            keep[hit] = !EntityRoles.ContainsWord(chars, start, end, sense.Words);
        }
    }
}
