namespace Sermo.Analytics.Tagging.Disambiguation;

/// <summary>
/// Post-level context for ambiguous disease abbreviations (decision 066). Physicians abbreviate the conditions of
/// their own specialty and name them once per post without other clinical words in the sentence ("GCA with PMR
/// symptoms", "AF on the monitor" in a stroke post), which the sentence-level model drops. The specialty is read
/// from the ICD-10-CM chapter of the other diseases the post names: a dropped candidate is kept when another kept
/// disease of a different concept shares its chapter. A trap ("MS in exercise science", "PE teacher") rarely sits
/// in a post about the same organ system, and the sense an abbreviation has there is the one the chapter names.
/// </summary>
internal static class SpecialtySupport
{
    public static void KeepDiseasesOfTheSameChapter(
        ClinicalTermCatalog catalog, List<PhraseHit> hits, List<(int Hit, AmbiguityCandidate Candidate)> candidates, bool[] keep)
    {
        // Only a dropped eligible disease candidate can be kept: without one, no chapter list is needed.
        if (!candidates.Exists(c => !keep[c.Hit] && c.Candidate.Eligible && c.Candidate.Type == EntityType.Disease))
        {
            return;
        }

        var kept = new List<(string Chapter, string Code)>();
        for (var i = 0; i < hits.Count; i++)
        {
            var definition = catalog.Entities[catalog.Terms[hits[i].TermId].Entity];
            if (keep[i] && definition.Type == EntityType.Disease)
            {
                kept.Add((Chapter(definition.CanonicalId), definition.CanonicalId));
            }
        }

        foreach (var (hit, candidate) in candidates)
        {
            var chapter = Chapter(candidate.CanonicalId);
            if (!keep[hit] && candidate.Eligible && candidate.Type == EntityType.Disease && chapter.Length > 0)
            {
                keep[hit] = kept.Exists(k => k.Chapter == chapter && k.Code != candidate.CanonicalId);
            }
        }
    }

    /// <summary>
    /// The same post-level context read from the post's drugs (decision 215): a dropped eligible candidate is kept when
    /// the post names, and keeps, a drug that backs its reading: a member generic of a class abbreviation's class ("ART"
    /// in a post that names dolutegravir, "the MRA" beside spironolactone, "IO" after pembrolizumab), or a drug of a
    /// disease abbreviation's specialty (<see cref="DrugSpecialties"/>: "BPD" in a neonatal post on Synagis, "TB" beside
    /// isoniazid). Physicians name the drug and abbreviate the condition or class it belongs to; the model reads one
    /// sentence and misses the drug two sentences away. Heart and metabolic drugs back nothing (DrugSpecialties'
    /// background areas), since they sit in every specialty's posts, except the drug a condition is named after.
    /// </summary>
    public static void KeepCandidatesBackedByTheirDrugs(
        ClinicalTermCatalog catalog, List<PhraseHit> hits, List<(int Hit, AmbiguityCandidate Candidate)> candidates, bool[] keep)
    {
        if (!candidates.Exists(c => !keep[c.Hit] && c.Candidate.Eligible && c.Candidate.Type is EntityType.Disease or EntityType.DrugClass))
        {
            return;
        }

        var drugs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < hits.Count; i++)
        {
            var definition = catalog.Entities[catalog.Terms[hits[i].TermId].Entity];
            if (keep[i] && definition.Type is EntityType.Brand or EntityType.Generic)
            {
                drugs.Add(definition.CanonicalId);
            }
        }

        if (drugs.Count == 0)
        {
            return;
        }

        foreach (var (hit, candidate) in candidates)
        {
            if (keep[hit] || !candidate.Eligible)
            {
                continue;
            }

            if (candidate.Type == EntityType.DrugClass && catalog.ClassMembers.TryGetValue(candidate.CanonicalId, out var members))
            {
                keep[hit] = drugs.Overlaps(members);
            }
            else if (candidate.Type == EntityType.Disease)
            {
                keep[hit] = (catalog.Specialties.OfCode(candidate.CanonicalId) is { Length: > 0 } specialty && drugs.Any(d => catalog.Specialties.Treats(d, specialty)))
                    || NamesAKeptDrug(catalog.Entities[catalog.Terms[hits[hit].TermId].Entity].CanonicalName, drugs);
            }
        }
    }

    /// <summary>
    /// A condition named after its drug ("heparin-induced thrombocytopenia", "iron deficiency anemia", "cannabis
    /// hyperemesis syndrome") is backed by that drug whatever its area (decision 270): "HIT" in a post that names heparin.
    /// </summary>
    private static bool NamesAKeptDrug(string name, HashSet<string> drugs)
    {
        foreach (var word in name.Split([' ', '-', '/', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            if (drugs.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The ICD-10-CM chapter of a code, by its letter; D splits at D50 (neoplasms / blood) and H at H60 (eye / ear),
    /// as the chapters do. Symptom (R) and status (Z) codes are no specialty.
    /// </summary>
    internal static string Chapter(string code)
    {
        if (code.Length < 3 || code[0] is 'R' or 'Z')
        {
            return "";
        }

        var letter = code[0];
        var number = int.TryParse(code.AsSpan(1, 2), out var n) ? n : 0;
        return letter switch
        {
            'C' => "C",
            'D' => number < 50 ? "C" : "D",
            'H' => number < 60 ? "H-eye" : "H-ear",
            _ => letter.ToString(),
        };
    }
}
