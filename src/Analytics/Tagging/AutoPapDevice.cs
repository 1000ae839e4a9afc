namespace Sermo.Analytics.Tagging;

/// <summary>
/// "APAP" in a post about sleep apnoea is the auto-titrating CPAP machine, not acetaminophen (round 44, decision 278).
/// The lexicons list the letters for both; the readable sets label them the device in two sleep posts (r28, long-r41:
/// "does he keep the APAP?", "lowering pressure on APAP") and the drug in one med-list post that names no apnoea, so the post's
/// subject decides, as it does for bare "AMS" (<see cref="AltitudeSickness"/>).
/// </summary>
internal static class AutoPapDevice
{
    // The letters as the tagger matched them, and the device row's term (devices.csv, cpap) they become.
    private static readonly (string Bare, string Replacement)[] Readings = [("apap", "auto cpap")];

    // Words that make a post about sleep-disordered breathing.
    private static readonly HashSet<string> SleepApneaWords = new(StringComparer.Ordinal)
    {
        "cpap", "bipap", "autopap", "osa", "ahi", "apnea", "apnoea", "apneas", "hypopnea", "hypopneas", "polysomnography",
        "psg", "mask", "masks",
    };

    // Read by the word's span, so no word of the post becomes a string.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SleepApneaWord = SleepApneaWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Replaces, in place, each "APAP" hit by the CPAP device row in a post about sleep apnoea.</summary>
    public static void Relabel(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        NewbornConditions.RelabelBare(catalog, chars, entityHits, Readings, AboutSleepApnea);

    // A sleep apnoea (G47.3-) kept in the post, or a sleep-breathing word.
    private static bool AboutSleepApnea(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        NewbornConditions.KeepsDiseaseOrSaysWord(catalog, chars, entityHits, static id => id.StartsWith("G47.3", StringComparison.Ordinal), SleepApneaWord);
}
