namespace Sermo.Analytics.Tagging;

/// <summary>
/// "The vaccine" after a named vaccine is that vaccine (round 46, decision 299; the guide's "Labels settled in round 46":
/// every mention is annotated, repeats included, as "the penicillin" after Bicillin is Bicillin's drug): "never got
/// Shingrix ... can she get the vaccine after the rash clears" is the recombinant zoster vaccine, not the class of all
/// vaccines. Only "the vaccine", singular, and only when every vaccine the post named before it is one generic; with
/// none, or two different ones, it stays the class `vaccine`. Runs after <see cref="DualReadings"/>.
/// </summary>
internal static class VaccineBackReferences
{
    private const string VaccineClass = "vaccine";
    private const string The = "the ";
    private const string SpacedVaccine = " " + VaccineClass;

    /// <summary>Moves, in place, each "the vaccine" class reading to the one vaccine generic named before it. Reads only class hits of `vaccine`.</summary>
    public static void Resolve(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits, int[] entityOf)
    {
        for (var e = 0; e < entityHits.Count; e++)
        {
            var hit = entityHits[e];
            var definition = catalog.Entities[entityOf[e]];
            if (definition.Type != EntityType.DrugClass || definition.CanonicalId != VaccineClass
                || !chars[hit.Start..hit.End].Equals(VaccineClass, StringComparison.OrdinalIgnoreCase)
                || hit.Start < The.Length || !chars[(hit.Start - The.Length)..hit.Start].Equals(The, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var generic = NamedVaccineBefore(catalog, entityHits, entityOf, e);
            var termId = generic is null ? -1 : catalog.TermIdOf(NormalizedText.NormalizeTerm(generic));
            if (termId >= 0 && catalog.Entities[catalog.Terms[termId].Entity].Type == EntityType.Generic)
            {
                entityOf[e] = catalog.Terms[termId].Entity;
            }
        }
    }

    // The generic of every vaccine brand or generic before hit e when they are one, else null. A vaccine is a drug whose
    // lexicon generic says so ("zoster vaccine recombinant", "rsv vaccine", "smallpox and monkeypox vaccine").
    private static string? NamedVaccineBefore(ClinicalTermCatalog catalog, List<PhraseHit> entityHits, int[] entityOf, int e)
    {
        string? named = null;
        for (var d = 0; d < e; d++)
        {
            var definition = catalog.Entities[entityOf[d]];
            if (definition.Type is not (EntityType.Brand or EntityType.Generic) || !NamesVaccine(definition.CanonicalId))
            {
                continue;
            }

            if (named is not null && named != definition.CanonicalId)
            {
                return null;
            }

            named = definition.CanonicalId;
        }

        return named;
    }

    private static bool NamesVaccine(string generic) =>
        generic.EndsWith(SpacedVaccine, StringComparison.Ordinal) || generic.Contains(SpacedVaccine + " ", StringComparison.Ordinal);
}
