namespace Sermo.Analytics.Tagging;

/// <summary>
/// Hot flashes in a post that puts the patient on a hormone therapy that causes them (androgen deprivation, a GnRH
/// analogue, an androgen receptor inhibitor, tamoxifen, an aromatase inhibitor, elagolix or relugolix) are that drug's
/// adverse event even where their own sentence blames nothing: "Male breast cancer, tamoxifen adjuvant. Hot flashes and
/// low libido", "Myfembree has been the best thing so far. Hot flashes have been minimal with the add-back", "paroxetine
/// for hot flashes from tamoxifen" (round 49, decision 329; the readable authors label every such post the event).
/// <see cref="DualReadings"/> reads blame within a sentence or after a word of onset; these drugs are taken for months and
/// physicians name them once, so the drug is looked for anywhere before the condition in the post or in its own
/// sentence. A drug named only after the condition's sentence ("Paroxetine interacts with her tamoxifen") or negated
/// ("no tamoxifen") leaves the disease list's reading (menopause's N95.1).
/// </summary>
internal static class HotFlashesOnHormoneTherapy
{
    private const string EventId = "hot flashes";

    // Canonical ids of the lexicon's drugs and classes that cause hot flashes by lowering or blocking sex hormones.
    private static readonly HashSet<string> HormoneTherapies = new(StringComparer.Ordinal)
    {
        "adt", "gnrh-agonist", "gnrh-antagonist", "ovarian-suppression", "arpi", "aromatase-inhibitor", "serm",
        "leuprolide", "goserelin", "triptorelin", "histrelin", "degarelix", "relugolix", "elagolix",
        "relugolix/estradiol/norethindrone", "elagolix/estradiol/norethindrone", "enzalutamide", "apalutamide",
        "darolutamide", "bicalutamide", "abiraterone", "tamoxifen", "toremifene", "anastrozole", "letrozole", "exemestane",
        "fulvestrant",
    };

    /// <summary>Moves, in place, each hot flashes hit read as a disease to the event where a hormone therapy is named before it or in its sentence.</summary>
    public static void Relabel(ClinicalTermCatalog catalog, ReadOnlySpan<char> text, List<PhraseHit> entityHits, List<PhraseHit> cueHits, List<int> sentenceEnds, int[] entityOf)
    {
        for (var e = 0; e < entityHits.Count; e++)
        {
            var term = catalog.Terms[entityHits[e].TermId];
            if (term.DiseaseReading < 0 || entityOf[e] != term.DiseaseReading || catalog.Entities[term.Entity].CanonicalId != EventId)
            {
                continue;
            }

            var sentence = TextStructure.SegmentOf(sentenceEnds, entityHits[e].Start, 0);
            if (NamesHormoneTherapy(catalog, text, entityHits, cueHits, sentenceEnds, sentenceEnds[sentence]))
            {
                entityOf[e] = term.Entity;
            }
        }
    }

    // A hormone therapy, not negated, named before the end of the condition's sentence.
    private static bool NamesHormoneTherapy(ClinicalTermCatalog catalog, ReadOnlySpan<char> text, List<PhraseHit> entityHits, List<PhraseHit> cueHits, List<int> sentenceEnds, int end)
    {
        foreach (var hit in entityHits)
        {
            var entity = catalog.Entities[catalog.Terms[hit.TermId].Entity];
            if (hit.End > end || !entity.Type.IsDrug() || !HormoneTherapies.Contains(entity.CanonicalId))
            {
                continue;
            }

            var sentence = TextStructure.SegmentOf(sentenceEnds, hit.Start, 0);
            if (!DualReadings.IsNegatedDrug(catalog, text, hit, cueHits, TextStructure.SegmentStart(sentenceEnds, sentence), sentenceEnds[sentence]))
            {
                return true;
            }
        }

        return false;
    }
}
