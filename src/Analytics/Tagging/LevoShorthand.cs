namespace Sermo.Analytics.Tagging;

/// <summary>
/// Bare "levo" is read by what the post is about (round 44, decision 283): in an ICU post about pressors or shock it is
/// Levophed, norepinephrine ("septic shock on levo and vaso", "levo 0.5, neo on top"); in a thyroid post it is
/// levothyroxine ("on levo 50 for hypothyroidism"); in a post that names levofloxacin it is that antibiotic ("swapped
/// levo for doxy"). The lexicon never lists the word: it is the first syllable of five drugs. The readable sets label it
/// 23 times over eight sets (norepinephrine 16, levothyroxine 6, levofloxacin 1), always one of these three by the post,
/// so a post with none of their words leaves it unread. A name written in full decides before the subject words.
/// </summary>
internal static class LevoShorthand
{
    private const string Levo = "levo";

    private static readonly HashSet<string> LevofloxacinWords = new(StringComparer.Ordinal) { "levofloxacin", "levaquin" };

    private static readonly HashSet<string> ThyroidWords = new(StringComparer.Ordinal)
    {
        "levothyroxine", "synthroid", "levoxyl", "unithroid", "tirosint", "euthyrox", "tsh", "thyroid", "hypothyroid",
        "hypothyroidism", "hashimoto", "thyroidectomy", "graves",
    };

    // Words of a post about vasopressors: the drugs given beside it and what they treat.
    private static readonly HashSet<string> PressorWords = new(StringComparer.Ordinal)
    {
        "norepinephrine", "norepi", "levophed", "vaso", "vasopressin", "pressor", "pressors", "vasopressor", "vasopressors",
        "neo", "phenylephrine", "epi", "epinephrine", "dobutamine", "milrinone", "giapreza", "map", "shock", "septic",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LevofloxacinWord = LevofloxacinWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ThyroidWord = ThyroidWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PressorWord = PressorWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds the drug the post makes of each standalone "levo" no hit holds; a bare number after it is still a dose.</summary>
    public static void Add(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits)
    {
        if (chars.IndexOf(Levo, StringComparison.Ordinal) < 0)
        {
            return;
        }

        NewbornConditions.AddBareWord(catalog, chars, entityHits, Levo, "levofloxacin", static (c, text, hits) => Says(c, text, hits, LevofloxacinWord));
        NewbornConditions.AddBareWord(catalog, chars, entityHits, Levo, "levothyroxine", static (c, text, hits) => Says(c, text, hits, ThyroidWord));
        NewbornConditions.AddBareWord(catalog, chars, entityHits, Levo, "norepinephrine", static (c, text, hits) => Says(c, text, hits, PressorWord));
    }

    // The post says one of the words (no disease code stands for these subjects); NeoShorthand reads its two subjects so too.
    internal static bool Says(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words) =>
        NewbornConditions.KeepsDiseaseOrSaysWord(catalog, chars, entityHits, static _ => false, words);
}
