namespace Sermo.Analytics.Tagging;

/// <summary>
/// Bare "polyps" in a post about the nose and sinuses is nasal polyps J33.9 (round 41, decision 257). Once a post has
/// named chronic rhinosinusitis, sinus surgery or the sense of smell, physicians drop "nasal": "polyps back within a year",
/// "Dupixent shrank the polyps". The readable sets label that bare word J33.9 thirteen times and leave it bare seven, and
/// no other polyp (colon, gastric, endometrial) is written bare in a post that names the nose, so the post's subject
/// decides, as it does for a newborn's bare "jaundice" (<see cref="NewbornConditions"/>). The singular stays unread:
/// "polyp score" and "polyp data" are not the condition.
/// </summary>
internal static class SinonasalPolyps
{
    private const string BarePolyps = "polyps";
    private const string NasalPolyps = "nasal polyps";

    // Words that make a post about the nose and sinuses; "sinuva" is the sinus implant placed for recurrent polyps.
    private static readonly HashSet<string> NoseWords = new(StringComparer.Ordinal)
    {
        "nose", "nasal", "sinonasal", "sinus", "sinuses", "sinusitis", "rhinosinusitis", "crs", "crswnp", "fess", "ent",
        "smell", "smells", "anosmia", "hyposmia", "turbinate", "turbinates", "sinuva",

        // Aspirin-exacerbated respiratory disease (Samter's triad) is asthma, nasal polyps and aspirin sensitivity: its
        // bare "polyps" are the nose's (round 51, decision 349).
        "aerd", "samter", "samter's",
    };

    // Read by the word's span, so no word of the post becomes a string.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NoseWord = NoseWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds nasal polyps for each standalone "polyps" no hit holds in a post about the nose and sinuses.</summary>
    public static void Add(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        NewbornConditions.AddBareWord(catalog, chars, entityHits, BarePolyps, NasalPolyps, AboutNose);

    // A sinus condition (J32-J33) kept in the post, or a nose word.
    private static bool AboutNose(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        NewbornConditions.KeepsDiseaseOrSaysWord(catalog, chars, entityHits, static id => id is ['J', '3', '2' or '3', ..], NoseWord);
}
