namespace Sermo.Analytics.Tagging;

/// <summary>
/// A manifestation that a diagnosis named in the same post explains is not a disease span of its own: double vision in
/// thyroid eye disease or myasthenia, tics in Tourette's. The guide says so (round 30's findings rule; "not annotated,
/// confirmed: double vision in thyroid eye disease", round 32), and ICD-10-CM's guideline I.B.5 does not code signs
/// routinely associated with a diagnosis. Read after <see cref="DualReadings"/>, so a manifestation a drug is blamed for
/// stays the adverse event ("methylphenidate made his tics worse"). Only pairs the sets wrote across authors are listed
/// (decision 252); a manifestation named without its diagnosis stays a disease.
/// </summary>
internal static class ExplainedManifestations
{
    /// <summary>Manifestation code, then the code prefixes of the diagnoses that explain it.</summary>
    private static readonly (string Manifestation, string[] Diagnoses)[] Explained =
    [
        ("H53.2", ["E05.0", "H06.2", "G70.0"]), // diplopia: Graves' / thyroid eye disease, Graves orbitopathy, myasthenia gravis
        ("F95.9", ["F95.2"]), // tics: Tourette's disorder
    ];

    /// <summary>
    /// Drops, in place, disease hits whose manifestation a named diagnosis of the post explains, keeping
    /// <paramref name="roles"/> and <paramref name="entityOf"/> aligned with <paramref name="entityHits"/>.
    /// </summary>
    public static void Drop(ClinicalTermCatalog catalog, List<PhraseHit> entityHits, EntityRole[] roles, int[] entityOf)
    {
        var write = 0;
        for (var read = 0; read < entityHits.Count; read++)
        {
            if (IsExplained(catalog, entityHits.Count, entityOf, read))
            {
                continue;
            }

            entityHits[write] = entityHits[read];
            roles[write] = roles[read];
            entityOf[write++] = entityOf[read];
        }

        entityHits.RemoveRange(write, entityHits.Count - write);
    }

    private static bool IsExplained(ClinicalTermCatalog catalog, int count, int[] entityOf, int e)
    {
        var definition = catalog.Entities[entityOf[e]];
        if (definition.Type != EntityType.Disease)
        {
            return false;
        }

        foreach (var (manifestation, diagnoses) in Explained)
        {
            if (definition.CanonicalId != manifestation)
            {
                continue;
            }

            for (var d = 0; d < count; d++)
            {
                var other = catalog.Entities[entityOf[d]];
                if (other.Type == EntityType.Disease && Array.Exists(diagnoses, p => other.CanonicalId.StartsWith(p, StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
