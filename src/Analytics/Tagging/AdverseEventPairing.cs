namespace Sermo.Analytics.Tagging;

/// <summary>Pairs the adverse events a post reports with the drugs it blames them on.</summary>
internal static class AdverseEventPairing
{
    /// <summary>
    /// Each adverse event that is neither negated nor uncertain pairs with the drugs in its clause, or, when its
    /// clause names none, with every drug in its sentence ("Xarelto gave him a GI bleed" pairs Xarelto only even
    /// when "Eliquis has been great" shares the sentence). When its sentence names no drug at all, it pairs with the
    /// drugs of the sentence before (round 37, decision 234): physicians name the drug in one sentence and report what
    /// followed in the next ("On digoxin 0.25 daily. Nausea and yellow vision, level 2.6.").
    /// </summary>
    public static List<AdverseEventPair> Pair(List<TaggedEntity> entities, EntityRole[] roles, int[] sentenceOf, int[] clauseOf)
    {
        var pairs = new List<AdverseEventPair>();
        for (var a = 0; a < entities.Count; a++)
        {
            var adverse = entities[a];
            if (adverse.Type != EntityType.AdverseEvent || adverse.Negated || adverse.Uncertain || roles[a] == EntityRole.Indication)
            {
                continue;
            }

            // Entities are in text order, so the sentence's entities are a contiguous run around the event.
            var first = a;
            while (first > 0 && sentenceOf[first - 1] == sentenceOf[a])
            {
                first--;
            }

            var last = a;
            while (last + 1 < entities.Count && sentenceOf[last + 1] == sentenceOf[a])
            {
                last++;
            }

            var sentenceHasDrug = false;
            for (var d = first; d <= last; d++)
            {
                sentenceHasDrug |= entities[d].Type.IsDrug();
            }

            if (!sentenceHasDrug)
            {
                for (var d = first - 1; d >= 0 && sentenceOf[d] == sentenceOf[a] - 1; d--)
                {
                    if (entities[d].Type.IsDrug() && !entities[d].Negated && roles[d] == EntityRole.Mentioned)
                    {
                        pairs.Add(new AdverseEventPair(entities[d], adverse));
                    }
                }

                continue;
            }

            var inClause = false;
            for (var d = first; d <= last; d++)
            {
                inClause |= entities[d].Type.IsDrug() && clauseOf[d] == clauseOf[a];
            }

            for (var d = first; d <= last; d++)
            {
                if (entities[d].Type.IsDrug() && !entities[d].Negated && roles[d] == EntityRole.Mentioned && (!inClause || clauseOf[d] == clauseOf[a]))
                {
                    pairs.Add(new AdverseEventPair(entities[d], adverse));
                }
            }
        }

        return pairs;
    }
}
