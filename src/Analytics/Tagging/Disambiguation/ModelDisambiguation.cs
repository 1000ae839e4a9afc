namespace Sermo.Analytics.Tagging.Disambiguation;

/// <summary>
/// The tagger's entity checks with the disambiguation model in place of the context rules: a candidate
/// (<see cref="AmbiguityCandidates"/>) is kept when it passes the hard conditions and the model says it means what
/// the lexicon says; every other hit keeps the code rule ("ICD-10" is not a device). One sense per post: an eligible
/// candidate the model dropped is kept when the post names the same concept elsewhere (spelled out, or another
/// candidate of it the model kept), because long posts introduce a condition once and then abbreviate it in
/// sentences with no clinical words of their own ("Pt with multiple sclerosis ... MS question for the crowd").
/// One specialty per post: an eligible disease abbreviation the model dropped is also kept when the post names
/// another disease of its ICD-10-CM chapter (<see cref="SpecialtySupport"/>): "GCA" in a post about PMR and
/// osteoporosis, "AF" in a stroke post, "PD" beside Parkinson's dementia. One subject per post: a newborn's abbreviations
/// are kept in a post about a newborn, and "GBS" is no Guillain-Barre syndrome in a post about pregnancy
/// (<see cref="PerinatalSupport"/>). One problem list: a disease abbreviation listed beside another condition ("ESRD, HTN,
/// DM, PVD") is kept (<see cref="ConditionLists"/>), and so is one in a case told with an age and sex, after "after" or
/// "because of", or screened for (<see cref="AbbreviationFrames"/>). Other senses by their words: "MAC" in an anaesthesia sentence, "SSI"
/// beside insulin words or in a sliding-scale post (<see cref="OtherSenseWords"/>).
/// </summary>
internal static class ModelDisambiguation
{
    public static void Drop(ClinicalTermCatalog catalog, NormalizedText normalized, TermScan scan, AmbiguityModel model)
    {
        var hits = scan.EntityHits;
        var keep = new bool[hits.Count];
        for (var i = 0; i < hits.Count; i++)
        {
            keep[i] = !LookalikeWords.Evidence(catalog, normalized, hits, i, scan.SentenceEnds).JoinedCode;
        }

        var candidates = AmbiguityCandidates.Collect(catalog, normalized, scan, describeIneligible: false);
        foreach (var (hit, candidate) in candidates)
        {
            keep[hit] = candidate.Eligible && model.Keeps(candidate.Features);
        }

        KeepConceptsNamedElsewhere(catalog, hits, candidates, keep);
        SpecialtySupport.KeepDiseasesOfTheSameChapter(catalog, hits, candidates, keep);
        SpecialtySupport.KeepCandidatesBackedByTheirDrugs(catalog, hits, candidates, keep);
        ConditionLists.KeepListedConditions(catalog, normalized.Chars, hits, candidates, keep);
        AbbreviationFrames.KeepFramedDiseases(normalized.Chars, scan.SentenceEnds, hits, candidates, keep);
        SecondReadings.Choose(catalog, normalized.Chars, hits, candidates, keep);
        PerinatalSupport.KeepNewbornAbbreviations(normalized.Chars, candidates, keep);
        PerinatalSupport.DropGuillainBarreInPregnancy(catalog, normalized.Chars, hits, candidates, keep);
        OtherSenseWords.DropOtherSenses(normalized.Chars, scan.SentenceEnds, hits, candidates, keep);

        var write = 0;
        for (var read = 0; read < hits.Count; read++)
        {
            if (keep[read])
            {
                hits[write++] = hits[read];
            }
        }

        hits.RemoveRange(write, hits.Count - write);
    }

    private static void KeepConceptsNamedElsewhere(
        ClinicalTermCatalog catalog, List<PhraseHit> hits, List<(int Hit, AmbiguityCandidate Candidate)> candidates, bool[] keep)
    {
        // Most posts have no dropped eligible candidate: then there is nothing to keep and no set to build.
        if (!candidates.Exists(c => !keep[c.Hit] && c.Candidate.Eligible))
        {
            return;
        }

        var named = new HashSet<(EntityType, string)>();
        for (var i = 0; i < hits.Count; i++)
        {
            if (keep[i])
            {
                var definition = catalog.Entities[catalog.Terms[hits[i].TermId].Entity];
                named.Add((definition.Type, definition.CanonicalId));
            }
        }

        foreach (var (hit, candidate) in candidates)
        {
            if (!keep[hit] && candidate.Eligible && named.Contains((candidate.Type, candidate.CanonicalId)))
            {
                keep[hit] = true;
            }
        }
    }
}
