namespace Sermo.Analytics.Tagging;

/// <summary>
/// Rule for ambiguous disease abbreviations (MS, RA, MI, PE, AS, CA...): one counts only when written in capitals,
/// not hyphenated into a longer token ("PD-L1"), AND backed by clinical context: another unambiguous entity or a
/// NegEx trigger in the same sentence, or a cue word among the three words before it ("hx of MS", "s/p MI").
/// </summary>
internal static class AmbiguousAbbreviations
{
    private const int AbbreviationContextWords = 3;
    private const CueFlags ClinicalCueFlags = CueFlags.NegationPre | CueFlags.NegationPost | CueFlags.DrugNegationPre
        | CueFlags.UncertainPre | CueFlags.UncertainPost | CueFlags.FamilyPre;

    private static readonly HashSet<string> AbbreviationCueWords = new(StringComparer.Ordinal)
    {
        "hx", "dx", "h", "o", "s", "p", "diagnosed", "diagnosis", "history", "known", "with", "for", "severe", "mild",
        "moderate", "acute", "chronic", "new", "suspected", "pt", "patient", "patients", "treat", "treating", "treated",
        "managing", "worsening", "active", "relapsing", "massive", "submassive", "saddle", "bilateral", "inferior",
        "anterior", "lateral", "prior", "recent", "old", "had", "has",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationCues =
        AbbreviationCueWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void DropUnsupported(ClinicalTermCatalog catalog, NormalizedText normalized, List<PhraseHit> entityHits, List<PhraseHit> cueHits, List<int> sentenceEnds)
    {
        var write = 0;
        for (var read = 0; read < entityHits.Count; read++)
        {
            var hit = entityHits[read];
            if (!catalog.Entities[catalog.Terms[hit.TermId].Entity].Ambiguous
                || IsSupported(catalog, normalized, read, entityHits, cueHits, sentenceEnds))
            {
                entityHits[write++] = hit;
            }
        }

        entityHits.RemoveRange(write, entityHits.Count - write);
    }

    private static bool IsSupported(ClinicalTermCatalog catalog, NormalizedText text, int index, List<PhraseHit> entityHits, List<PhraseHit> cueHits, List<int> sentenceEnds)
    {
        var terms = catalog.Terms;
        var hit = entityHits[index];
        var chars = text.Chars;
        var original = text.Original;
        var originalStart = text.OriginalStart(hit.Start);
        var originalEnd = text.OriginalEnd(hit.End);
        foreach (var c in original.AsSpan(originalStart, originalEnd - originalStart))
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        // Hyphenated into a longer token ("PD-L1", "MS-DRG") it is part of another name.
        if ((originalStart > 1 && original[originalStart - 1] == '-' && char.IsLetterOrDigit(original[originalStart - 2]))
            || (originalEnd + 1 < original.Length && original[originalEnd] == '-' && char.IsLetterOrDigit(original[originalEnd + 1])))
        {
            return false;
        }

        var sentence = sentenceEnds.BinarySearch(hit.Start + 1);
        sentence = sentence >= 0 ? sentence : ~sentence;
        var sentenceStart = TextStructure.SegmentStart(sentenceEnds, sentence);
        var sentenceEnd = sentenceEnds[sentence];
        for (var i = index - 1; i >= 0 && entityHits[i].Start >= sentenceStart; i--)
        {
            if (!catalog.Entities[terms[entityHits[i].TermId].Entity].Ambiguous)
            {
                return true;
            }
        }

        for (var i = index + 1; i < entityHits.Count && entityHits[i].End <= sentenceEnd; i++)
        {
            if (!catalog.Entities[terms[entityHits[i].TermId].Entity].Ambiguous)
            {
                return true;
            }
        }

        var cue = cueHits.BinarySearch(new PhraseHit(sentenceStart, sentenceStart, -1), PhraseHitStartComparer.Instance);
        for (cue = cue >= 0 ? cue : ~cue; cue < cueHits.Count && cueHits[cue].End <= sentenceEnd; cue++)
        {
            if ((terms[cueHits[cue].TermId].Cues & ClinicalCueFlags) != 0)
            {
                return true;
            }
        }

        var words = 0;
        var end = hit.Start;
        for (var i = hit.Start - 1; i >= sentenceStart && words < AbbreviationContextWords; i--)
        {
            if (!NormalizedText.IsWordChar(chars[i]))
            {
                end = i;
                continue;
            }

            if (i == 0 || !NormalizedText.IsWordChar(chars[i - 1]))
            {
                words++;
                if (AbbreviationCues.Contains(chars[i..end]))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
