namespace Sermo.Analytics.Tagging;

/// <summary>
/// Drops entity hits that are really something else:
/// <list type="bullet">
/// <item>A name that is also an ordinary word ("Watchman", "Inspire", "Sonata", "port") counts only when written
/// with a capital letter, and at the start of a sentence (where every word is capitalised) only when a dose
/// follows it or another entity shares the sentence: "the night watchman" and "Port wine stain" are not devices,
/// "Inspire works great for the CPAP intolerant" and "Sonata 10 at bedtime" are.</item>
/// <item>An upper-case abbreviation joined by a hyphen to a number is a code, not a term: "ICD-10", "ASA-2".</item>
/// <item>A drug name typed in capitals and joined by a hyphen to another capitalised word is a trial's name, not the
/// drug: "DAPA-CKD", "EMPA-KIDNEY" (the disease after the hyphen is still a mention, as in "STEP-HFpEF").</item>
/// </list>
/// </summary>
internal static class LookalikeWords
{
    private const int MaxCodeLetters = 4;

    public static void Drop(ClinicalTermCatalog catalog, NormalizedText normalized, List<PhraseHit> entityHits, List<int> sentenceEnds)
    {
        var keep = new bool[entityHits.Count];
        for (var i = 0; i < entityHits.Count; i++)
        {
            keep[i] = Evidence(catalog, normalized, entityHits, i, sentenceEnds).Kept;
        }

        var write = 0;
        for (var read = 0; read < entityHits.Count; read++)
        {
            if (keep[read])
            {
                entityHits[write++] = entityHits[read];
            }
        }

        entityHits.RemoveRange(write, entityHits.Count - write);
    }

    /// <summary>What the rule sees for one hit (also the disambiguation model's features).</summary>
    public static LookalikeEvidence Evidence(ClinicalTermCatalog catalog, NormalizedText normalized, List<PhraseHit> entityHits, int index, List<int> sentenceEnds)
    {
        var hit = entityHits[index];
        var original = normalized.Original;
        var chars = normalized.Chars;
        var start = normalized.OriginalStart(hit.Start);
        var end = normalized.OriginalEnd(hit.End);
        var evidence = new LookalikeEvidence
        {
            JoinedCode = IsJoinedCode(original, start, end) || (IsBrandOrGeneric(catalog, hit) && IsTrialName(original, start, end)),
            WordLike = catalog.Terms[hit.TermId].WordLike,
        };
        if (evidence.WordLike)
        {
            var sentence = TextStructure.SegmentOf(sentenceEnds, hit.Start, 0);
            evidence.Capitalized = char.IsUpper(original[start]);
            evidence.SentenceInitial = TextStructure.WordsBetween(chars, TextStructure.SegmentStart(sentenceEnds, sentence), hit.Start) == 0;
            evidence.NumberAfter = TextStructure.FollowedByNumber(chars, hit.End);
            evidence.OtherEntity = HasOtherEntity(entityHits, index, sentenceEnds, sentence);
        }

        return evidence;
    }

    private static bool IsJoinedCode(string original, int start, int end)
    {
        if (end - start > MaxCodeLetters || end + 1 >= original.Length || original[end] != '-' || !char.IsAsciiDigit(original[end + 1]))
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            if (!char.IsUpper(original[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsBrandOrGeneric(ClinicalTermCatalog catalog, PhraseHit hit) =>
        catalog.Entities[catalog.Terms[hit.TermId].Entity].Type is EntityType.Brand or EntityType.Generic;

    /// <summary>"DAPA-CKD": two or more capitals, a hyphen, then a capital letter.</summary>
    private static bool IsTrialName(string original, int start, int end)
    {
        if (end - start < 2 || end + 1 >= original.Length || original[end] != '-' || !char.IsUpper(original[end + 1]))
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            if (!char.IsUpper(original[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasOtherEntity(List<PhraseHit> hits, int index, List<int> sentenceEnds, int sentence)
    {
        var sentenceStart = TextStructure.SegmentStart(sentenceEnds, sentence);
        var sentenceEnd = sentenceEnds[sentence];
        return (index > 0 && hits[index - 1].Start >= sentenceStart)
            || (index + 1 < hits.Count && hits[index + 1].End <= sentenceEnd);
    }
}
