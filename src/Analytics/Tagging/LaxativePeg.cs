namespace Sermo.Analytics.Tagging;

/// <summary>
/// Bare "PEG" in a post about the bowel is polyethylene glycol, the laxative (round 50, decision 337): "senna and PEG
/// failed", "whole bowel irrigation with PEG", "a PEG-based prep", "the sticker chart matters more than the PEG" after a
/// MiraLAX cleanout. The same three letters are a gastrostomy tube in posts on dysphagia, ALS or head and neck cancer
/// ("family declined a PEG", "PEG placed", "via PEG"), so the lexicon lists neither reading; the readable sets label the
/// laxative eight times over eight sets, each in a post that says constipation, a laxative, a bowel prep or the bowel, and
/// the tube eleven times in posts that say none of them. A post that names a tube, feeding or swallowing keeps the word
/// unread, as does "PEG" before a tube or placement word. Cost: one substring search of the post.
/// </summary>
internal static class LaxativePeg
{
    private const string Peg = "peg";
    private const string Laxative = "polyethylene glycol";

    // Words of a post about the bowel: constipation, the other laxatives, cleanouts and preps.
    private static readonly HashSet<string> BowelWords = new(StringComparer.Ordinal)
    {
        "constipation", "constipated", "senna", "sennosides", "miralax", "laxative", "laxatives", "cleanout", "prep", "colonoscopy",
        "bowel", "bowels", "impaction", "ileus", "irrigation", "encopresis", "bisacodyl", "lactulose", "docusate", "enema",
        "enemas", "stool", "stools", "suprep", "golytely", "withholding",
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

    /// <summary>Adds the laxative for each standalone "PEG" no hit holds in a post about the bowel and not a tube.</summary>
    public static void Add(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        NewbornConditions.AddBareWord(catalog, chars, entityHits, Peg, Laxative, AboutTheBowel, IsNotTheTube);

    private static bool AboutTheBowel(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        NewbornConditions.KeepsDiseaseOrSaysWord(catalog, chars, entityHits, static _ => false, BowelWord)
        && !NewbornConditions.KeepsDiseaseOrSaysWord(catalog, chars, entityHits, static _ => false, TubeWord);

    private static bool IsNotTheTube(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits, int start, int end) =>
        !TubeAfterWord.Contains(GivenBareDrugs.WordAfter(chars, end));
}
