namespace Sermo.Analytics.Tagging;

/// <summary>
/// "The penicillin" after a named penicillin product is that product said again (round 51, decision 347; the guide's
/// round-45 refer-back): "Gave Bicillin 2.4 million units ... a Jarisch-Herxheimer reaction after the penicillin" is
/// penicillin G benzathine, "Penicillin VK 500 qid ... tolerated the penicillin fine" penicillin V. Three readable sets
/// label it so. Only after "the", and only when a product whose generic is a penicillin (its id "penicillin ...") came
/// before: "a penicillin allergy" or "penicillin is first line" stay the drug in general.
/// </summary>
internal static class PenicillinBackReference
{
    private const string Penicillin = "penicillin";
    private const string ProductPrefix = "penicillin ";

    /// <summary>Replaces, in place, each "the penicillin" hit by the penicillin product the post named before it.</summary>
    public static void Relabel(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits)
    {
        if (chars.IndexOf("the penicillin", StringComparison.Ordinal) < 0)
        {
            return;
        }

        string? product = null;
        for (var i = 0; i < entityHits.Count; i++)
        {
            var hit = entityHits[i];
            var definition = catalog.Entities[catalog.Terms[hit.TermId].Entity];
            if (!definition.Type.IsDrug())
            {
                continue;
            }

            if (definition.CanonicalId.StartsWith(ProductPrefix, StringComparison.OrdinalIgnoreCase))
            {
                product = definition.CanonicalId;
            }
            else if (product is not null && definition.CanonicalId == Penicillin && chars[hit.Start..hit.End].SequenceEqual(Penicillin)
                && GivenBareDrugs.WordBefore(chars, hit.Start, out _).SequenceEqual("the")
                && catalog.TermIdOf(NormalizedText.NormalizeTerm(product)) is var termId and >= 0)
            {
                entityHits[i] = hit with { TermId = termId };
            }
        }
    }
}
