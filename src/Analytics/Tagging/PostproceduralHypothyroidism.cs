namespace Sermo.Analytics.Tagging;

/// <summary>
/// Bare "hypothyroidism" after the post has named the postprocedural hypothyroidism E89.0 ("Post-radiation
/// hypothyroidism ... so hypothyroidism it was") is that condition said again: physicians name the cause once and then
/// write the bare word (decision 359). A bare "hypothyroidism" with its procedure only after it ("hypothyroidism after
/// RAI") keeps the lexicon's E03.9: long-r9 labels it E89.0, long-r38 and long-r46 E03.9, a split left to the guide.
/// </summary>
internal static class PostproceduralHypothyroidism
{
    private const string Bare = "hypothyroidism";
    private const string GeneralCode = "E03.9";
    private const string PostproceduralCode = "E89.0";
    private const string PostproceduralTerm = "postprocedural hypothyroidism";

    /// <summary>Relabels, in place, each bare "hypothyroidism" hit read as E03.9 after a named E89.0. Cost: one pass over the hits.</summary>
    public static void Relabel(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits)
    {
        var firstNamed = int.MaxValue;
        foreach (var hit in entityHits)
        {
            if (IsDiseaseWithCode(catalog, hit, PostproceduralCode))
            {
                firstNamed = Math.Min(firstNamed, hit.Start);
            }
        }

        var postproceduralTerm = -2;
        for (var i = 0; i < entityHits.Count; i++)
        {
            var hit = entityHits[i];
            if (!IsDiseaseWithCode(catalog, hit, GeneralCode) || !chars[hit.Start..hit.End].SequenceEqual(Bare)
                || hit.Start <= firstNamed)
            {
                continue;
            }

            if (postproceduralTerm == -2)
            {
                postproceduralTerm = catalog.TermIdOf(NormalizedText.NormalizeTerm(PostproceduralTerm));
            }

            if (postproceduralTerm < 0)
            {
                return;
            }

            entityHits[i] = hit with { TermId = postproceduralTerm };
        }
    }

    private static bool IsDiseaseWithCode(ClinicalTermCatalog catalog, PhraseHit hit, string code)
    {
        var definition = catalog.Entities[catalog.Terms[hit.TermId].Entity];
        return definition.Type == EntityType.Disease && definition.CanonicalId == code;
    }
}
