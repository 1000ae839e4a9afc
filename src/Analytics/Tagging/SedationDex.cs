namespace Sermo.Analytics.Tagging;

/// <summary>
/// Bare "dex" in a post about sedation is dexmedetomidine, not dexamethasone (round 48, decision 316): "dex for light
/// sedation", "Precedex at 1.2 ... getting patients off dex", "lidocaine plus dex 0.5 mcg/kg for an awake fiberoptic". The
/// lexicon lists the word on dexamethasone, its reading in croup, ITP, PONV and oncology posts. The readable sets label it
/// dexmedetomidine three times over three sets, each in a post that names Precedex or sedation; a post that writes
/// dexamethasone in full, or a milligram dose after the word ("IV dex 4 mg" beside perineural dexmedetomidine), keeps the
/// steroid.
/// </summary>
internal static class SedationDex
{
    private const string Dex = "dex";

    // The dexmedetomidine row's term the word becomes.
    private const string Dexmedetomidine = "dexmedetomidine";

    // Words of a post about sedation: the drug's names and what it is given for.
    private static readonly HashSet<string> SedationWords = new(StringComparer.Ordinal)
    {
        "precedex", "dexmedetomidine", "dexmed", "igalmi", "sedation", "sedated", "sedating", "sedative", "sedatives", "rass",
    };

    private static readonly HashSet<string> SteroidWords = new(StringComparer.Ordinal) { "dexamethasone", "decadron" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SedationWord = SedationWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SteroidWord = SteroidWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Replaces, in place, each "dex" hit without a milligram dose by dexmedetomidine in a post about sedation.</summary>
    public static void Relabel(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits)
    {
        if (chars.IndexOf(Dex, StringComparison.Ordinal) < 0)
        {
            return;
        }

        bool? aboutSedation = null;
        for (var i = 0; i < entityHits.Count; i++)
        {
            var hit = entityHits[i];
            if (chars[hit.Start..hit.End].SequenceEqual(Dex) && !HasMilligramDoseAfter(chars, hit.End)
                && (aboutSedation ??= AboutSedation(catalog, chars, entityHits))
                && catalog.TermIdOf(Dexmedetomidine) is var termId and >= 0)
            {
                entityHits[i] = hit with { TermId = termId };
            }
        }
    }

    // A sedation word in the post and no name of the steroid written in full.
    private static bool AboutSedation(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        NewbornConditions.KeepsDiseaseOrSaysWord(catalog, chars, entityHits, static _ => false, SedationWord)
        && !NewbornConditions.KeepsDiseaseOrSaysWord(catalog, chars, entityHits, static _ => false, SteroidWord);

    // "dex 4 mg", "dex 0.6 mg/kg": a number and then "mg" right after the word.
    private static bool HasMilligramDoseAfter(ReadOnlySpan<char> chars, int end)
    {
        var at = NormalizedText.SkipSpaces(chars, end);
        var digits = at;
        while (at < chars.Length && (char.IsAsciiDigit(chars[at]) || chars[at] == '.'))
        {
            at++;
        }

        at = NormalizedText.SkipSpaces(chars, at);
        return at > digits && chars[at..].StartsWith("mg", StringComparison.Ordinal);
    }
}
