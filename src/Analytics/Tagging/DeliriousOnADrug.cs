namespace Sermo.Analytics.Tagging;

/// <summary>
/// "Delirious" is delirium's adjective: a patient a drug made delirious ("delirious by morning after the Benadryl",
/// "went delirious on the oxycodone") has the event `delirium`, as a delirium a drug is blamed for is (the guide's
/// "Labels settled in round 53" and "round 54", decisions 379 and 388; 3 of the 4 readable drug-blamed mentions). The
/// confusion row holds the word for the other readings (a delirious patient in a thyroid storm, "not delirious" in a
/// capacity note), so only a blamed hit moves, by <see cref="DualReadings"/>' own blame.
/// </summary>
internal static class DeliriousOnADrug
{
    private const string Word = "delirious";

    /// <summary>Moves, in place, each blamed "delirious" hit from the confusion event to the delirium event.</summary>
    public static void Relabel(ClinicalTermCatalog catalog, ReadOnlySpan<char> text, List<PhraseHit> entityHits, List<PhraseHit> cueHits, EntityRole[] roles, List<int> sentenceEnds, int[] entityOf)
    {
        var delirious = catalog.TermIdOf(Word);
        var delirium = catalog.TermIdOf("delirium");
        if (delirious < 0 || delirium < 0 || catalog.Entities[catalog.Terms[delirium].Entity].Type != EntityType.AdverseEvent)
        {
            return;
        }

        for (var e = 0; e < entityHits.Count; e++)
        {
            if (entityHits[e].TermId == delirious && DualReadings.IsBlamedOnDrug(catalog, text, entityHits, cueHits, roles, sentenceEnds, e))
            {
                entityOf[e] = catalog.Terms[delirium].Entity;
            }
        }
    }
}
