namespace Sermo.Analytics.Tagging;

/// <summary>
/// "Thrombolysis" written as the procedure, with the lytic it used or the catheter that gave it in the same sentence, is no
/// mention of the thrombolytic class (round 53, decision 374): "Catheter-directed thrombolysis with tPA and a venous
/// stent", "Thrombolysis with alteplase, then first rib resection", "Thrombolysis through a catheter for iliofemoral DVT".
/// The drug is the mention there; four readable spans in three sets and long-r50 leave the word bare, while the one set
/// that labels it the class writes it as a choice of treatment with no drug or catheter ("thrombolysis for a submassive PE
/// ... is a hard no"), which stays.
/// </summary>
internal static class ThrombolysisWithItsDrug
{
    private const string ClassId = "thrombolytic";

    // The catheter words that make the word a procedure even before the drug is named.
    private static readonly string[] CatheterWords = ["catheter", "cdt"];

    /// <summary>Removes, in place, each "thrombolysis" class hit whose sentence names a lytic drug or a catheter.</summary>
    public static void Drop(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits)
    {
        if (chars.IndexOf("thrombolysis", StringComparison.Ordinal) < 0)
        {
            return;
        }

        for (var i = entityHits.Count - 1; i >= 0; i--)
        {
            var hit = entityHits[i];
            if (chars[hit.Start..hit.End].SequenceEqual("thrombolysis")
                && catalog.Entities[catalog.Terms[hit.TermId].Entity].CanonicalId == ClassId)
            {
                var (start, end) = SentenceAround(chars, hit.Start, hit.End);
                if (NamesLyticDrug(catalog, entityHits, start, end) || SaysCatheter(chars[start..end]))
                {
                    entityHits.RemoveAt(i);
                }
            }
        }
    }

    // A brand or generic hit inside the sentence that belongs to the thrombolytic class (alteplase, tenecteplase, tPA...).
    private static bool NamesLyticDrug(ClinicalTermCatalog catalog, List<PhraseHit> entityHits, int start, int end)
    {
        foreach (var other in entityHits)
        {
            if (other.Start < start || other.End > end)
            {
                continue;
            }

            var definition = catalog.Entities[catalog.Terms[other.TermId].Entity];
            if (definition.Type is EntityType.Brand or EntityType.Generic
                && definition.CanonicalId is "alteplase" or "tenecteplase" or "reteplase" or "urokinase" or "streptokinase")
            {
                return true;
            }
        }

        return false;
    }

    private static bool SaysCatheter(ReadOnlySpan<char> sentence)
    {
        foreach (var word in CatheterWords)
        {
            if (sentence.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    // The sentence holding the span, bounded as TextStructure.SentenceEnds bounds it.
    private static (int Start, int End) SentenceAround(ReadOnlySpan<char> chars, int from, int to)
    {
        var start = from;
        while (start > 0 && !EndsSentence(chars, start - 1))
        {
            start--;
        }

        var end = to;
        while (end < chars.Length && !EndsSentence(chars, end))
        {
            end++;
        }

        return (start, end);
    }

    private static bool EndsSentence(ReadOnlySpan<char> chars, int i) =>
        chars[i] is ';' or '\n' || (chars[i] is '.' or '!' or '?' && (i + 1 == chars.Length || !NormalizedText.IsWordChar(chars[i + 1])));
}
