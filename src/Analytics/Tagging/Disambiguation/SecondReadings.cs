namespace Sermo.Analytics.Tagging.Disambiguation;

/// <summary>
/// Abbreviations with two clinical readings (decision 074): "AS" is aortic stenosis to a cardiologist and
/// ankylosing spondylitis to a rheumatologist, "AD" Alzheimer's or atopic dermatitis, "MS" multiple sclerosis or
/// mitral stenosis, "AI" an aromatase inhibitor or adrenal insufficiency. The sentence rarely says which; the post
/// does, by the specialty of what else it names. Each reading is backed by the post's other kept diseases of its
/// ICD-10-CM chapter (<see cref="SpecialtySupport.Chapter"/>) other than the background conditions every specialty
/// sees, and by the post's drugs of its specialty (<see cref="DrugSpecialties"/>, round 11); a class reading by its
/// member drugs named in the post. A backed reading also keeps a candidate the
/// sentence-level model dropped.
/// The second reading replaces the first only when it has strictly more backing, so a post that says nothing either
/// way keeps the lexicon's first reading, as before this rule. The specialty words are the lexicon's own diseases and
/// drugs, not a second list kept beside it.
/// </summary>
internal static class SecondReadings
{
    public static void Choose(ClinicalTermCatalog catalog, List<PhraseHit> hits, List<(int Hit, AmbiguityCandidate Candidate)> candidates, bool[] keep)
    {
        foreach (var (hit, candidate) in candidates)
        {
            var second = catalog.Terms[hits[hit].TermId].SecondReading;
            if (second < 0 || !candidate.Eligible)
            {
                continue;
            }

            var firstBacking = Backing(catalog, hits, keep, hit, catalog.Terms[hits[hit].TermId].Entity);
            var secondBacking = Backing(catalog, hits, keep, hit, catalog.Terms[second].Entity);
            if (secondBacking > firstBacking)
            {
                hits[hit] = hits[hit] with { TermId = second };
                keep[hit] = true;
            }
            else if (firstBacking > 0)
            {
                // "arthralgias so bad from the AI" in a post on letrozole: the class its member names.
                keep[hit] = true;
            }
        }
    }

    /// <summary>
    /// Hypertension, diabetes, obesity and lipids sit in every specialty's posts ("MS patient, also has HTN"), so
    /// they name no specialty: they back neither reading.
    /// </summary>
    internal static bool IsBackground(string code)
    {
        if (code.Length < 3 || !int.TryParse(code.AsSpan(1, 2), out var number))
        {
            return false;
        }

        return code[0] switch
        {
            'I' => number is >= 10 and <= 16,
            'E' => number is (>= 8 and <= 13) or 66 or 78,
            _ => false,
        };
    }

    /// <summary>How many other kept mentions of the post speak for this reading.</summary>
    private static int Backing(ClinicalTermCatalog catalog, List<PhraseHit> hits, bool[] keep, int hit, int entity)
    {
        var reading = catalog.Entities[entity];
        var chapter = reading.Type == EntityType.Disease ? SpecialtySupport.Chapter(reading.CanonicalId) : "";
        var specialty = reading.Type == EntityType.Disease ? catalog.Specialties.OfCode(reading.CanonicalId) : "";
        var members = reading.Type == EntityType.DrugClass && catalog.ClassMembers.TryGetValue(reading.CanonicalId, out var set) ? set : null;
        var backing = 0;
        for (var i = 0; i < hits.Count; i++)
        {
            if (i == hit || !keep[i])
            {
                continue;
            }

            var other = catalog.Entities[catalog.Terms[hits[i].TermId].Entity];
            var backs = other.Type switch
            {
                EntityType.Disease => chapter.Length > 0 && SpecialtySupport.Chapter(other.CanonicalId) == chapter && !IsBackground(other.CanonicalId),
                EntityType.Brand or EntityType.Generic => members?.Contains(other.CanonicalId) == true || catalog.Specialties.Treats(other.CanonicalId, specialty),
                EntityType.DrugClass => other.CanonicalId == reading.CanonicalId,
                _ => false,
            };
            backing += backs ? 1 : 0;
        }

        return backing;
    }
}
