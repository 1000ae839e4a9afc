namespace Sermo.Analytics.Tagging;

/// <summary>
/// A gout flare read as the disease is the span "gout", M10.9, with "flare" outside (round 46, decision 299; the
/// guide's "Labels settled in round 46"): the index has no "flare", so the word adds nothing to the code, and most
/// authors span "Gout" alone where no drug is blamed. The lexicon keeps "gout flare" whole so that the both-list row
/// can read a flare blamed on a drug as the event `gout flare` (round 17); that reading keeps its extent, which the
/// guide leaves open. Runs after <see cref="DualReadings"/>, on its choice of entity.
/// </summary>
internal static class GoutFlareExtent
{
    private const string GoutId = "M10.9";
    private const string Gout = "gout";

    /// <summary>Shortens, in place, each M10.9 hit over "gout flare(s)" / "gout flare up" to its "gout". Reads only M10.9 hits.</summary>
    public static void Trim(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits, int[] entityOf)
    {
        var goutTerm = -2;
        for (var e = 0; e < entityHits.Count; e++)
        {
            var hit = entityHits[e];
            if (hit.End - hit.Start <= Gout.Length || catalog.Entities[entityOf[e]].CanonicalId != GoutId
                || !IsGoutFlare(chars[hit.Start..hit.End]))
            {
                continue;
            }

            if (goutTerm == -2)
            {
                goutTerm = catalog.TermIdOf(NormalizedText.NormalizeTerm(Gout));
            }

            if (goutTerm < 0)
            {
                return;
            }

            entityHits[e] = new PhraseHit(hit.Start, hit.Start + Gout.Length, goutTerm);
        }
    }

    // "gout flare", "gout flares", "gout flare up" (not "gouty", "gout attack" or "tophaceous gout").
    private static bool IsGoutFlare(ReadOnlySpan<char> surface) =>
        surface.StartsWith("gout flare", StringComparison.OrdinalIgnoreCase)
        && (surface.Length == "gout flare".Length || surface["gout flare".Length] is 's' or 'S' or ' ' or '-');
}
