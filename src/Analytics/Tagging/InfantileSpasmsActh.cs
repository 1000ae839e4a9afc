namespace Sermo.Analytics.Tagging;

/// <summary>
/// Bare "ACTH" in a post about infantile spasms is the drug corticotropin (round 50, decision 337): "ACTH or vigabatrin?",
/// "ACTH is the backup", "since ACTH is $40k a vial", "the ACTH made her irritable" after Acthar. The readable sets label
/// it so five times over four sets, every time in a spasms post, while in adrenal posts the same word is the hormone
/// measured ("ACTH suppressed", "ACTH high", "ACTH stim failed", "ACTH dependent"), which they leave bare. So it is read
/// only in a post that says spasms, hypsarrhythmia or vigabatrin or names corticotropin, never in one that says cortisol
/// or an adrenal or pituitary word, and never before a word that makes it the measured value. Cost: one substring search.
/// </summary>
internal static class InfantileSpasmsActh
{
    private const string Acth = "acth";
    private const string Corticotropin = "corticotropin";

    // Words of a post about infantile spasms and the drugs weighed against ACTH there.
    private static readonly HashSet<string> SpasmsWords = new(StringComparer.Ordinal)
    {
        "spasms", "hypsarrhythmia", "vigabatrin", "sabril", "acthar", "corticotropin",
    };

    // Words of a post where ACTH is the hormone measured.
    private static readonly HashSet<string> HormoneWords = new(StringComparer.Ordinal)
    {
        "cortisol", "cosyntropin", "adrenal", "pituitary", "cushing", "addison", "hypophysitis",
    };

    // Words after it that make it the measured value or the hormone's state: "ACTH level", "ACTH stim", "ACTH dependent".
    private static readonly HashSet<string> MeasuredAfterWords = new(StringComparer.Ordinal)
    {
        "level", "levels", "stim", "stimulation", "test", "testing", "dependent", "independent", "suppressed", "undetectable",
        "elevated", "high", "low", "was", "were", "secreting", "producing", "axis",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpasmsWord = SpasmsWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HormoneWord = HormoneWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MeasuredAfterWord = MeasuredAfterWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds corticotropin for each standalone "ACTH" no hit holds in a post about infantile spasms.</summary>
    public static void Add(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        NewbornConditions.AddBareWord(catalog, chars, entityHits, Acth, Corticotropin, AboutSpasms, IsTheDrug);

    private static bool AboutSpasms(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        NewbornConditions.KeepsDiseaseOrSaysWord(catalog, chars, entityHits, static _ => false, SpasmsWord)
        && !NewbornConditions.KeepsDiseaseOrSaysWord(catalog, chars, entityHits, static _ => false, HormoneWord);

    private static bool IsTheDrug(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits, int start, int end) =>
        !TextStructure.FollowedByNumber(chars, end) && !MeasuredAfterWord.Contains(GivenBareDrugs.WordAfter(chars, end));
}
