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
    public static void Choose(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> hits, List<(int Hit, AmbiguityCandidate Candidate)> candidates, bool[] keep)
    {
        foreach (var (hit, candidate) in candidates)
        {
            var second = catalog.Terms[hits[hit].TermId].SecondReading;
            if (!candidate.Eligible)
            {
                continue;
            }

            if (GradedValveReading(catalog, chars, hits[hit], second) is { } valve)
            {
                hits[hit] = hits[hit] with { TermId = valve };
                keep[hit] = true;
                continue;
            }

            if (second < 0)
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

    // "severe AS", "moderate MS", "critical AS": a valve lesion is graded by its echo, a spondylitis or a sclerosis is not.
    private static readonly string[] Grades = ["mild", "moderate", "severe", "critical"];

    /// <summary>
    /// The reading of an abbreviation right after a grade word ("severe AS", "mild MS") when one of its two readings is
    /// a heart valve lesion (round 39, decision 244): the grade is part of how that lesion is named, so it decides the
    /// reading before the post's specialty does ("a valve replaced for severe AS in a man with gout" is aortic stenosis
    /// though gout backs ankylosing spondylitis). A graded valve abbreviation of one reading ("severe MR") is kept though the
    /// model dropped it. Null when no grade word comes first or no reading is a valve lesion. Reads only the word before
    /// the hit.
    /// </summary>
    private static int? GradedValveReading(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, PhraseHit hit, int second)
    {
        var end = hit.Start;
        while (end > 0 && chars[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && NormalizedText.IsWordChar(chars[start - 1]))
        {
            start--;
        }

        if (!IsGrade(chars[start..end]))
        {
            return null;
        }

        if (IsValveLesion(catalog.Entities[catalog.Terms[hit.TermId].Entity].CanonicalId))
        {
            return hit.TermId;
        }

        return second >= 0 && IsValveLesion(catalog.Entities[catalog.Terms[second].Entity].CanonicalId) ? second : null;
    }

    private static bool IsGrade(ReadOnlySpan<char> word)
    {
        foreach (var grade in Grades)
        {
            if (word.SequenceEqual(grade))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// ICD-10-CM's valve diseases: rheumatic I05-I08 and nonrheumatic I34-I37. The two digits are read as ASCII digits, not
    /// parsed: int.TryParse follows the current culture and takes a sign or a space ("I 5.0" is no code).
    /// </summary>
    private static bool IsValveLesion(string code) =>
        code.Length >= 3 && code[0] == 'I' && char.IsAsciiDigit(code[1]) && char.IsAsciiDigit(code[2])
        && ((code[1] - '0') * 10 + (code[2] - '0')) is (>= 5 and <= 8) or (>= 34 and <= 37);

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
