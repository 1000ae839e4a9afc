namespace Sermo.Analytics.Tagging;

/// <summary>
/// "Chemo neuropathy" and "chemo nausea" name the condition and the drugs that caused it (round 42, decision 264): the
/// lexicon lists both phrases whole so the condition gets its drug-caused code (G62.0, the nausea event), but the guide
/// annotates "chemo" there as the chemotherapy class beside the condition, as every readable set does (r28 and long-r39
/// ×2; no set labels the phrase whole). So a condition hit that begins with the word "chemo" gives that word to the class
/// and keeps its own row over the rest.
/// </summary>
internal static class ChemoBeforeCondition
{
    private const string Chemo = "chemo";

    /// <summary>Splits, in place, each disease or event hit written "chemo X" into the chemotherapy class and X's row.</summary>
    public static void Split(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits)
    {
        var chemoTerm = -2;
        List<PhraseHit>? added = null;
        for (var i = 0; i < entityHits.Count; i++)
        {
            var hit = entityHits[i];
            var surface = chars[hit.Start..hit.End];
            if (surface.Length <= Chemo.Length + 1 || !surface.StartsWith(Chemo, StringComparison.Ordinal) || surface[Chemo.Length] is not (' ' or '-')
                || catalog.Entities[catalog.Terms[hit.TermId].Entity].Type is not (EntityType.Disease or EntityType.AdverseEvent))
            {
                continue;
            }

            if (chemoTerm == -2)
            {
                chemoTerm = catalog.TermIdOf(NormalizedText.NormalizeTerm(Chemo));
            }

            if (chemoTerm < 0)
            {
                return;
            }

            entityHits[i] = hit with { Start = hit.Start + Chemo.Length + 1 };
            (added ??= []).Add(new PhraseHit(hit.Start, hit.Start + Chemo.Length, chemoTerm));
        }

        if (added is not null)
        {
            entityHits.AddRange(added);
            entityHits.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }
    }
}
