namespace Sermo.Analytics.Tagging;

/// <summary>
/// Bare "AMS" in a post about altitude is acute mountain sickness T70.29XA (round 43, decision 269). No lexicon lists
/// the letters: in an emergency post they are altered mental status, which the readable sets label R41.82 twice, but once
/// a post names altitude, a trek, a climb or acetazolamide, physicians write "AMS" for the mountain sickness (two older
/// spans and long-r40's two, all T70.29XA), so the post's subject decides, as it does for bare "polyps"
/// (<see cref="SinonasalPolyps"/>).
/// </summary>
internal static class AltitudeSickness
{
    private const string BareAms = "ams";
    private const string MountainSickness = "acute mountain sickness";

    // Words that make a post about altitude.
    private static readonly HashSet<string> AltitudeWords = new(StringComparer.Ordinal)
    {
        "altitude", "acetazolamide", "diamox", "trek", "treks", "trekker", "trekkers", "trekking", "summit", "climb", "climber",
        "climbers", "climbing", "mountaineer", "mountaineers", "expedition", "everest", "kilimanjaro", "denali",
    };

    // Read by the word's span, so no word of the post becomes a string.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AltitudeWord = AltitudeWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds acute mountain sickness for each standalone "AMS" no hit holds in a post about altitude.</summary>
    public static void Add(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        NewbornConditions.AddBareWord(catalog, chars, entityHits, BareAms, MountainSickness, AboutAltitude);

    // An altitude illness (T70.2-) kept in the post, or an altitude word.
    private static bool AboutAltitude(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        NewbornConditions.KeepsDiseaseOrSaysWord(catalog, chars, entityHits, static id => id.StartsWith("T70.2", StringComparison.Ordinal), AltitudeWord);
}
