namespace Sermo.Analytics.Tagging;

/// <summary>
/// Bare "PEG" names two things physicians write every day: the feeding tube ("PEG placed", "PEG dependent", "family
/// declined a PEG") and the laxative polyethylene glycol ("senna and PEG", "split dose PEG plus bisacodyl"). The lexicon
/// lists neither reading for the bare word, so both were missed (round 50, decision 339: the guide reads a feeding tube
/// by any of its words as the device `gastrostomy-tube`, round 30's device kind). The post decides, as it does for
/// "APAP" (<see cref="AutoPapDevice"/>): a post with a bowel-regimen word reads it as the laxative, any other post as the
/// tube. A word another hit already holds ("PEG tube", "PEG 3350", "Gris-PEG") is left to that hit.
/// </summary>
internal static class PegByPostSubject
{
    private const string Bare = "peg";
    private const string LaxativeTerm = "polyethylene glycol";
    private const string TubeTerm = "gastrostomy tube";

    // Words of a post about the bowel: other laxatives, constipation, a bowel prep or an irrigation.
    private static readonly HashSet<string> BowelWords = new(StringComparer.Ordinal)
    {
        "senna", "sennosides", "bisacodyl", "dulcolax", "miralax", "lactulose", "docusate", "laxative", "laxatives",
        "constipation", "constipated", "cleanout", "prep", "colonoscopy", "irrigation", "enema", "enemas", "suprep", "golytely",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BowelWord = BowelWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds the laxative or the tube row for each standalone "PEG" no hit holds. Cost: one substring search.</summary>
    public static void Add(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits)
    {
        if (chars.IndexOf(Bare, StringComparison.Ordinal) < 0)
        {
            return;
        }

        NewbornConditions.AddBareWord(catalog, chars, entityHits, Bare, LaxativeTerm, AboutBowel);
        NewbornConditions.AddBareWord(catalog, chars, entityHits, Bare, TubeTerm, static (c, t, h) => !AboutBowel(c, t, h));
    }

    private static bool AboutBowel(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        NewbornConditions.KeepsDiseaseOrSaysWord(catalog, chars, entityHits, static _ => false, BowelWord);
}
