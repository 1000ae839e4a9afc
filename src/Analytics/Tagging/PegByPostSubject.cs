namespace Sermo.Analytics.Tagging;

/// <summary>
/// Bare "PEG" names two things physicians write every day: the feeding tube ("PEG placed", "PEG dependent", "family
/// declined a PEG") and the laxative polyethylene glycol ("senna and PEG", "split dose PEG plus bisacodyl", "a PEG-based
/// prep"). The lexicon lists neither reading for the bare word, so both were missed. The post decides, as it does for
/// "APAP" (<see cref="AutoPapDevice"/>): a post with a bowel word and no tube, feeding or swallowing word reads it as the
/// laxative, unless a tube word follows it ("PEG placed"); every other bare "PEG" is the tube, the guide's
/// `gastrostomy-tube` (decision 339). Decision 337 found the laxative in eight readable sets, each in a post about
/// constipation, a laxative, a prep or the bowel. A word another hit already holds ("PEG tube", "PEG 3350", "Gris-PEG")
/// is left to that hit. Cost: one substring search of the post.
/// </summary>
internal static class PegByPostSubject
{
    private const string Bare = "peg";
    private const string LaxativeTerm = "polyethylene glycol";
    private const string TubeTerm = "gastrostomy tube";

    // Words of a post about the bowel: constipation, the other laxatives, cleanouts and preps.
    private static readonly HashSet<string> BowelWords = new(StringComparer.Ordinal)
    {
        "constipation", "constipated", "senna", "sennosides", "miralax", "laxative", "laxatives", "cleanout", "prep", "colonoscopy",
        "bowel", "bowels", "impaction", "ileus", "irrigation", "encopresis", "bisacodyl", "dulcolax", "lactulose", "docusate",
        "enema", "enemas", "stool", "stools", "suprep", "golytely", "withholding",
    };

    // Words of a post about a gastrostomy: the tube, feeding and swallowing.
    private static readonly HashSet<string> TubeWords = new(StringComparer.Ordinal)
    {
        "tube", "tubes", "gastrostomy", "feeding", "feeds", "dysphagia", "swallow", "swallowing", "npo", "trach",
    };

    // Words after "PEG" that make it the tube: "PEG placed", "PEG dependent", "PEG site".
    private static readonly HashSet<string> TubeAfterWords = new(StringComparer.Ordinal)
    {
        "tube", "placed", "placement", "dependent", "site", "feeds", "feeding", "discussion",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BowelWord = BowelWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TubeWord = TubeWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TubeAfterWord = TubeAfterWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds the laxative or the tube row for each standalone "PEG" no hit holds.</summary>
    public static void Add(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits)
    {
        if (chars.IndexOf(Bare, StringComparison.Ordinal) < 0)
        {
            return;
        }

        NewbornConditions.AddBareWord(catalog, chars, entityHits, Bare, LaxativeTerm, AboutTheBowel, IsNotTheTube);
        NewbornConditions.AddBareWord(catalog, chars, entityHits, Bare, TubeTerm, static (_, _, _) => true);
    }

    private static bool AboutTheBowel(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        NewbornConditions.KeepsDiseaseOrSaysWord(catalog, chars, entityHits, static _ => false, BowelWord)
        && !NewbornConditions.KeepsDiseaseOrSaysWord(catalog, chars, entityHits, static _ => false, TubeWord);

    private static bool IsNotTheTube(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits, int start, int end) =>
        !TubeAfterWord.Contains(GivenBareDrugs.WordAfter(chars, end));
}
