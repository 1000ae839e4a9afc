namespace Sermo.Analytics.Tagging;

/// <summary>
/// A disease named inside a list of vaccines names its vaccine: "DTaP, MMR, hep B", "Pentacel plus separate hep B",
/// "split MMR and varicella". Paediatric and travel posts list the shots by the disease each prevents, so a disease
/// word that follows a vaccine with only a list separator between them is the vaccine the lexicon spells as that
/// word plus "vaccine" ("hep b vaccine", "varicella vaccine"), and no disease: the child does not have hepatitis B
/// (the guide: a vaccine named for a disease is the vaccine, decision 101). A word with no such vaccine row stays.
/// </summary>
internal static class VaccineLists
{
    private static readonly HashSet<string> SeparatorWordSet = new(StringComparer.Ordinal) { "and", "or", "plus", "separate", "then" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SeparatorWords = SeparatorWordSet.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Moves each listed disease hit to its vaccine's entity in <paramref name="entityOf"/>.</summary>
    public static void Resolve(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits, int[] entityOf)
    {
        for (var e = 0; e < entityHits.Count; e++)
        {
            if (catalog.Entities[entityOf[e]].Type != EntityType.Disease)
            {
                continue;
            }

            // Only a vaccine before it: a disease before a vaccine is as often the condition the vaccine is weighed for
            // ("prior dengue, Qdenga is approved").
            if (e == 0 || !IsVaccine(catalog, entityOf[e - 1]) || !OnlySeparators(chars, entityHits[e - 1].End, entityHits[e].Start))
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
