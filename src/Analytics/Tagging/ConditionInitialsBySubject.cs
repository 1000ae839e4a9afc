namespace Sermo.Analytics.Tagging;

/// <summary>
/// Condition initials the lexicon has no row for, read in capitals after the model in a post about their condition (round
/// 53, decision 377): "IC" interstitial cystitis N30.10 in a post about the bladder, "CIS" carcinoma in situ of the bladder D09.0 in a bladder cancer post, and "RVR" on its own
/// (not "AF with RVR", which the guide leaves to the rhythm's span) rapid ventricular response I48.91 in a post about a
/// rhythm or its rate control. Decision 369 found them among the abbreviation misses no ambiguity decider sees, because
/// they are not candidates at all; as ambiguous rows they would change what the ambiguity model was trained on (decision
/// 307's reason for "HE"), and the letters have other senses the post tells apart ("Class IC" antiarrhythmics, a clinically
/// isolated syndrome). "AVM" in a post about a GI bleed is decision 374's rule (GutAngiodysplasiaAvm), which both
/// decisions wrote the same round: one rule reads it. Each recurs in two or three readable sets' authors, always with that code.
/// </summary>
internal static class ConditionInitialsBySubject
{
    private static readonly HashSet<string> BladderPainWords = new(StringComparer.Ordinal)
    {
        "cystitis", "bladder", "instillation", "instillations", "elmiron", "pentosan", "dmso", "hunner",
    };

    private static readonly HashSet<string> BladderCancerWords = new(StringComparer.Ordinal)
    {
        "bcg", "nmibc", "cystectomy", "urothelial", "turbt", "cystoscopy", "intravesical",
    };

    private static readonly HashSet<string> RhythmWords = new(StringComparer.Ordinal)
    {
        "afib", "fibrillation", "flutter", "diltiazem", "dilt", "cardizem", "metoprolol", "amiodarone", "amio", "digoxin",
        "esmolol", "cardioversion",
    };

    // "Class IC" antiarrhythmics.
    private static readonly HashSet<string> DrugClassBefore = new(StringComparer.Ordinal) { "class" };

    // "AF with RVR": the rate belongs to the rhythm's span named before it ("w/" is read as its "w").
    private static readonly HashSet<string> RhythmJoinBefore = new(StringComparer.Ordinal) { "with", "w" };

    private static readonly HashSet<string> NothingBefore = new(StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BladderPainWord = BladderPainWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BladderCancerWord = BladderCancerWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RhythmWord = RhythmWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Adds each condition for its standalone capitals no hit holds, in a post about it. Cost: one ordinal search of the
    /// original text per set of letters; the rest runs only in a post that writes them.
    /// </summary>
    public static void Add(ClinicalTermCatalog catalog, NormalizedText normalized, List<PhraseHit> entityHits)
    {
        AddWhereWritten(catalog, normalized, entityHits, "IC", "interstitial cystitis", AboutBladderPain, DrugClassBefore);
        AddWhereWritten(catalog, normalized, entityHits, "CIS", "bladder cis", AboutBladderCancer, NothingBefore);
        AddWhereWritten(catalog, normalized, entityHits, "RVR", "rapid ventricular response", AboutRhythm, RhythmJoinBefore);
    }

    private static void AddWhereWritten(ClinicalTermCatalog catalog, NormalizedText normalized, List<PhraseHit> entityHits, string capitals, string rowTerm, NewbornConditions.PostSubject subject, HashSet<string> otherSenseBefore)
    {
        var otherSense = otherSenseBefore.GetAlternateLookup<ReadOnlySpan<char>>();
        if (normalized.Original.Contains(capitals, StringComparison.Ordinal))
        {
            NewbornConditions.AddBareWord(catalog, normalized.Chars, entityHits, capitals.ToLowerInvariant(), rowTerm, subject,
                (_, chars, _, start, end) => ChemoRegimenInitials.WrittenInCapitals(normalized, start, end, capitals)
                    && !otherSense.Contains(WordBefore(chars, start)));
        }
    }

    // The word before the letters, reading "w/" as "w" (the slash is no word character, so the word before it would be empty).
    private static ReadOnlySpan<char> WordBefore(ReadOnlySpan<char> chars, int start)
    {
        var before = NormalizedText.SkipSpacesBack(chars, start);
        return before >= 1 && chars[before - 1] == '/'
            ? NormalizedText.PreviousWord(chars, before - 1, out _)
            : NormalizedText.PreviousWord(chars, start, out _);
    }

    // An interstitial cystitis kept (N30.1), or a word of its treatments or the bladder.
    private static bool AboutBladderPain(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        NewbornConditions.KeepsDiseaseOrSaysWord(catalog, chars, entityHits, static code => code.StartsWith("N30.1", StringComparison.Ordinal), BladderPainWord);

    // A bladder cancer kept (C67, D09.0), or a word of its treatment.
    private static bool AboutBladderCancer(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        NewbornConditions.KeepsDiseaseOrSaysWord(catalog, chars, entityHits,
            static code => code.StartsWith("C67", StringComparison.Ordinal) || code == "D09.0", BladderCancerWord);

    // An atrial fibrillation or flutter kept (I48), or a word of the rhythm or its rate control.
    private static bool AboutRhythm(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        NewbornConditions.KeepsDiseaseOrSaysWord(catalog, chars, entityHits, static code => code.StartsWith("I48", StringComparison.Ordinal), RhythmWord);
}
