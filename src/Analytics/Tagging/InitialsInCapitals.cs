namespace Sermo.Analytics.Tagging;

/// <summary>
/// The steps that read letters written in capitals after disambiguation (a regimen's, a class's or a condition's initials
/// whose lower-case word is an ordinary one: "AC", "ERA", "HE", "CAP"), in the order they were added. They read the
/// original text's case, so they take the normalized text rather than its characters alone.
/// </summary>
internal static class InitialsInCapitals
{
    /// <summary>Runs each step on the post's entity hits, in place.</summary>
    public static void Apply(ClinicalTermCatalog catalog, NormalizedText normalized, List<PhraseHit> entityHits)
    {
        ChemoRegimenInitials.Add(catalog, normalized, entityHits);
        EndothelinAntagonistInitials.Add(catalog, normalized, entityHits);
        HepaticEncephalopathyInitials.Add(catalog, normalized, entityHits);
        PneumoniaInitials.Add(catalog, normalized, entityHits);
    }
}
