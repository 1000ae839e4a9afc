namespace Sermo.Analytics.Tagging;

/// <summary>
/// "AD" in a post about a spinal cord injury is autonomic dysreflexia, not Alzheimer's disease or atopic dermatitis (round
/// 54, decision 386): rehabilitation and spinal cord medicine write "AD" for the crisis of a cord injured above T6 ("C6
/// tetraplegia, SBP 210 and a pounding headache. AD, so we sat him up and found a kinked Foley"). The ambiguity model
/// knows only the dementia and skin readings, so the post's cord injury, tetraplegia or paraplegia, or the condition
/// spelled out, decides it; a post that says a memory or dementia word keeps the model's reading.
/// </summary>
internal static class AutonomicDysreflexiaAd
{
    private const string AutonomicDysreflexia = "autonomic dysreflexia";

    // The ambiguous rows' readings the model may pick for "AD".
    private static readonly HashSet<string> ModelReadings = new(StringComparer.Ordinal) { "G30.9", "L20.9" };

    // Words of a post about a cord injury and its dysreflexia.
    private static readonly HashSet<string> CordInjuryWords = new(StringComparer.Ordinal)
    {
        "sci", "tetraplegia", "tetraplegic", "quadriplegia", "quadriplegic", "paraplegia", "paraplegic", "dysreflexia",
    };

    // Words of a post about memory and dementia, which keep the model's reading.
    private static readonly HashSet<string> DementiaWords = new(StringComparer.Ordinal)
    {
        "memory", "dementia", "cognitive", "alzheimer", "alzheimers", "donepezil", "memantine", "amyloid", "mmse", "moca",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CordInjuryWord = CordInjuryWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DementiaWord = DementiaWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Replaces, in place, each "AD" hit the model read as dementia or eczema by autonomic dysreflexia in a cord-injury post.</summary>
    public static void Relabel(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        AtopicDermatitisAd.RelabelAdHits(catalog, chars, entityHits, ModelReadings.Contains, AutonomicDysreflexia, AboutCordInjury);

    private static bool AboutCordInjury(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        NewbornConditions.KeepsDiseaseOrSaysWord(catalog, chars, entityHits, IsCordInjuryCode, CordInjuryWord)
        && !NewbornConditions.KeepsDiseaseOrSaysWord(catalog, chars, entityHits, static _ => false, DementiaWord);

    // A spinal cord injury (T09.3, S14.1-, S24.1-, S34.1-), a paralysis of two or four limbs (G82) or the dysreflexia itself.
    private static bool IsCordInjuryCode(string code) =>
        code.StartsWith("T09.3", StringComparison.Ordinal) || code.StartsWith("S14.1", StringComparison.Ordinal)
        || code.StartsWith("S24.1", StringComparison.Ordinal) || code.StartsWith("S34.1", StringComparison.Ordinal)
        || code.StartsWith("G82", StringComparison.Ordinal) || code == "G90.4";
}
