namespace Sermo.Analytics.Tagging;

/// <summary>
/// "CHF exacerbation", "HF exacerbation": with no drug blamed, the heart failure the patient has, "CHF" I50.9 with
/// "exacerbation" outside (I50.9 takes nothing from the flare, as gout's M10.9 takes nothing from "flare"); with a drug
/// blamed ("CHF exacerbation after the pioglitazone"), the whole phrase is the event `heart failure exacerbation` (the
/// guide's "Labels settled in round 53", decisions 379 and 382). The event row holds both phrases and is not read as a
/// disease where no drug is blamed, and the heart failure row holds "hf exacerbation" too, so the blame decides here.
/// "Heart failure exacerbation" written out is read the same way (the guide's "Labels settled in round 54", decision
/// 388): the event row holds it, and with no drug blamed the patient's "heart failure" I50.9 is the span.
/// </summary>
internal static class HeartFailureExacerbationBlame
{
    private static readonly string[] Heads = ["chf", "hf", "heart failure"];
    private const string Flare = " exacerbation";
    private static readonly string[] CauseWords = ["after", "from"];

    /// <summary>Reads, in place, each such phrase by its blame: shrunk to the heart failure, or the whole phrase as the event.</summary>
    public static void Relabel(ClinicalTermCatalog catalog, ReadOnlySpan<char> text, List<PhraseHit> entityHits, List<PhraseHit> cueHits, EntityRole[] roles, List<int> sentenceEnds, int[] entityOf)
    {
        for (var e = 0; e < entityHits.Count; e++)
        {
            var head = HeadOf(text[entityHits[e].Start..entityHits[e].End]);
            if (head is null)
            {
                continue;
            }

            if (DualReadings.IsBlamedOnDrug(catalog, text, entityHits, cueHits, roles, sentenceEnds, e) || IsFollowedByItsCause(catalog, text, entityHits, sentenceEnds, e))
            {
                var eventTerm = catalog.TermIdOf("heart failure exacerbation");
                if (eventTerm >= 0 && catalog.Entities[catalog.Terms[eventTerm].Entity].Type == EntityType.AdverseEvent)
                {
                    entityOf[e] = catalog.Terms[eventTerm].Entity;
                }

                continue;
            }

            var headTerm = catalog.TermIdOf(head);
            if (headTerm >= 0 && catalog.Entities[catalog.Terms[headTerm].Entity].Type == EntityType.Disease)
            {
                entityHits[e] = new PhraseHit(entityHits[e].Start, entityHits[e].Start + head.Length, headTerm);
                entityOf[e] = catalog.Terms[headTerm].Entity;
            }
        }
    }

    // "admitted for a CHF exacerbation after the doc started naproxen": the first drug after the phrase in its sentence,
    // within a few words, with "after" or "from" between. The admission makes the phrase the reason for care, which the
    // shared blame reads as a drug's indication, so the cause written after it is read here.
    private static bool IsFollowedByItsCause(ClinicalTermCatalog catalog, ReadOnlySpan<char> text, List<PhraseHit> entityHits, List<int> sentenceEnds, int e)
    {
        var end = sentenceEnds[TextStructure.SegmentOf(sentenceEnds, entityHits[e].Start, 0)];
        for (var d = e + 1; d < entityHits.Count && entityHits[d].Start < end; d++)
        {
            if (catalog.Entities[catalog.Terms[entityHits[d].TermId].Entity].Type.IsDrug())
            {
                return EntityRoles.Between(text, entityHits[e].End, entityHits[d].Start, CauseWords);
            }
        }

        return false;
    }

    // "chf", "hf" or "heart failure" when the surface is that head and " exacerbation", else null.
    private static string? HeadOf(ReadOnlySpan<char> surface)
    {
        foreach (var head in Heads)
        {
            if (surface.Length == head.Length + Flare.Length && surface.StartsWith(head) && surface.EndsWith(Flare))
            {
                return head;
            }
        }

        return null;
    }
}
