namespace Sermo.Analytics.Tagging;

/// <summary>
/// A disease named inside a list of vaccines names its vaccine: "DTaP, MMR, hep B", "Pentacel plus separate hep B",
/// "split MMR and varicella". Paediatric and travel posts list the shots by the disease each prevents, so a disease
/// word that follows a vaccine with only a list separator between them is the vaccine the lexicon spells as that
/// word plus "vaccine" ("hep b vaccine", "varicella vaccine"), and no disease: the child does not have hepatitis B
/// (the guide: a vaccine named for a disease is the vaccine, decision 101). A word with no such vaccine row stays.
/// Travel and catch-up posts also list the diseases first and name the shots once at the end (decision 288): "gave hep
/// A, typhoid and yellow fever shots", "Hep A and hep B vaccines", "hep A and typhoid vaccine"; each disease of a list
/// that ends in a plural vaccine noun, or in a vaccine written with "vaccine", is its vaccine too.
/// </summary>
internal static class VaccineLists
{
    private static readonly HashSet<string> SeparatorWordSet = new(StringComparer.Ordinal) { "and", "or", "plus", "separate", "then" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SeparatorWords = SeparatorWordSet.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Plural nouns that name the shots of a list of diseases written before them.</summary>
    private static readonly HashSet<string> VaccineNounSet = new(StringComparer.Ordinal) { "shots", "vaccines", "vaccinations", "jabs", "boosters" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VaccineNouns = VaccineNounSet.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Moves each listed disease hit to its vaccine's entity in <paramref name="entityOf"/>.</summary>
    public static void Resolve(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits, int[] entityOf)
    {
        for (var e = 0; e < entityHits.Count; e++)
        {
            if (catalog.Entities[entityOf[e]].Type != EntityType.Disease)
            {
                continue;
            }

            // A vaccine before it, or a list that ends in the shots' noun. A disease before a vaccine's name alone is as
            // often the condition the vaccine is weighed for ("prior dengue, Qdenga is approved").
            var afterVaccine = e > 0 && IsVaccine(catalog, entityOf[e - 1]) && OnlySeparators(chars, entityHits[e - 1].End, entityHits[e].Start);
            if (!afterVaccine && !ListEndsInVaccineNoun(catalog, chars, entityHits, entityOf, e))
            {
                continue;
            }

            var vaccineTerm = catalog.TermIdOf(string.Concat(chars[entityHits[e].Start..entityHits[e].End], " vaccine"));
            if (vaccineTerm >= 0 && IsVaccine(catalog, catalog.Terms[vaccineTerm].Entity))
            {
                entityOf[e] = catalog.Terms[vaccineTerm].Entity;
            }
        }
    }

    /// <summary>
    /// The disease hits from <paramref name="first"/> on, joined by list separators only, are followed by a plural vaccine
    /// noun ("typhoid and yellow fever shots"; "vaccines" alone is the vaccine class's hit) or by a vaccine hit that ends in
    /// "vaccine(s)" ("hep A and typhoid vaccine").
    /// </summary>
    private static bool ListEndsInVaccineNoun(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits, int[] entityOf, int first)
    {
        var last = first;
        while (last + 1 < entityHits.Count && OnlySeparators(chars, entityHits[last].End, entityHits[last + 1].Start))
        {
            if (catalog.Entities[entityOf[last + 1]].Type != EntityType.Disease)
            {
                var next = entityHits[last + 1];
                var surface = chars[next.Start..next.End];
                return IsVaccine(catalog, entityOf[last + 1])
                    && (VaccineNouns.Contains(surface) || surface.EndsWith(" vaccine", StringComparison.Ordinal) || surface.EndsWith(" vaccines", StringComparison.Ordinal));
            }

            last++;
        }

        var wordStart = NormalizedText.SkipSpaces(chars, entityHits[last].End);
        var wordEnd = wordStart;
        while (wordEnd < chars.Length && NormalizedText.IsWordChar(chars[wordEnd]))
        {
            wordEnd++;
        }

        return wordEnd > wordStart && VaccineNouns.Contains(chars[wordStart..wordEnd]);
    }

    private static bool IsVaccine(ClinicalTermCatalog catalog, int entity)
    {
        var definition = catalog.Entities[entity];
        return definition.Type.IsDrug() && definition.CanonicalId.Contains("vaccine", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Nothing but spaces, commas, slashes and list words ("and", "plus", "separate") between two hits.</summary>
    private static bool OnlySeparators(ReadOnlySpan<char> chars, int start, int end)
    {
        if (start >= end)
        {
            return false;
        }

        var i = start;
        while (i < end)
        {
            if (!NormalizedText.IsWordChar(chars[i]))
            {
                if (chars[i] is not (' ' or ',' or '/' or '&'))
                {
                    return false;
                }

                i++;
                continue;
            }

            var wordStart = i;
            while (i < end && NormalizedText.IsWordChar(chars[i]))
            {
                i++;
            }

            if (!SeparatorWords.Contains(chars[wordStart..i]))
            {
                return false;
            }
        }

        return true;
    }
}
