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
        ConditionInitialsBySubject.Add(catalog, normalized, entityHits);
    }

    /// <summary>
    /// Adds <paramref name="rowTerm"/>'s row for each standalone <paramref name="capitals"/>, written in capitals, that no
    /// hit holds in a post <paramref name="subject"/> accepts. Cost: one ordinal search of the original text; the rest runs
    /// only in a post that writes the capitals.
    /// </summary>
    internal static void AddWhereWritten(ClinicalTermCatalog catalog, NormalizedText normalized, List<PhraseHit> entityHits, string capitals, string rowTerm, NewbornConditions.PostSubject subject)
    {
        if (normalized.Original.Contains(capitals, StringComparison.Ordinal))
        {
            NewbornConditions.AddBareWord(catalog, normalized.Chars, entityHits, capitals.ToLowerInvariant(), rowTerm, subject,
                (_, _, _, start, end) => ChemoRegimenInitials.WrittenInCapitals(normalized, start, end, capitals));
        }
    }
}
