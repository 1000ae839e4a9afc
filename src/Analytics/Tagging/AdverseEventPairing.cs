namespace Sermo.Analytics.Tagging;

/// <summary>Pairs the adverse events a post reports with the drugs it blames them on.</summary>
internal static class AdverseEventPairing
{
    // Words of a sentence that reports what followed a drug ("now has", "got", "developed", "since", "then").
    private static readonly string[] OnsetWords =
        ["got", "gets", "getting", "developed", "develops", "now", "after", "since", "then", "new", "began", "started", "gave", "induced", "caused", "toxicity"];

    // Whether sentence s holds a word of onset; read only for an event whose sentence names no drug, and once a sentence.
    private static bool ReportsOnset(ReadOnlySpan<char> chars, List<int> sentenceEnds, int s, ref sbyte[]? known)
    {
        known ??= new sbyte[sentenceEnds.Count];
        if (known[s] == 0)
        {
            known[s] = EntityRoles.ContainsWord(chars, TextStructure.SegmentStart(sentenceEnds, s), sentenceEnds[s], OnsetWords) ? (sbyte)1 : (sbyte)-1;
        }

        return known[s] > 0;
    }

    /// <summary>
    /// Each adverse event that is neither negated nor uncertain pairs with the drugs in its clause, or, when its
    /// clause names none, with every drug in its sentence ("Xarelto gave him a GI bleed" pairs Xarelto only even
    /// when "Eliquis has been great" shares the sentence). When its sentence names no drug at all, it pairs with the
    /// drugs of the sentence before if it reports an onset (round 37, decision 234): physicians name the drug in one
    /// sentence and report what followed in the next ("Amitriptyline helped her IBS. Now she has dry mouth."). Without an
    /// onset word the event is as often the history or the problem at hand, so it pairs with nothing.
    /// </summary>
    public static List<AdverseEventPair> Pair(
        List<TaggedEntity> entities, EntityRole[] roles, int[] sentenceOf, int[] clauseOf, ReadOnlySpan<char> chars, List<int> sentenceEnds)
    {
        var pairs = new List<AdverseEventPair>();
        sbyte[]? onsetKnown = null;
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
                if (!ReportsOnset(chars, sentenceEnds, sentenceOf[a], ref onsetKnown))
                {
                    continue;
                }

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
