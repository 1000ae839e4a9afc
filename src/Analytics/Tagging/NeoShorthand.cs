namespace Sermo.Analytics.Tagging;

/// <summary>
/// Bare "neo" is read by what the post is about (round 53, decision 374), as bare "levo" is (<see cref="LevoShorthand"/>):
/// in a post about reversing a paralytic it is neostigmine ("neo plus glyco at a TOF of 2", "pharmacy pushes neo/glyco");
/// in a post about pressors or low pressure it is phenylephrine ("neo push dose for RSI", "levo 0.5, neo on top"). The
/// lexicon never lists the word: it begins many names and in a nursery is the newborn unit. The readable sets label it
/// six times over three sets (phenylephrine 3 in r24, neostigmine in r26 and long-r50), always one of these two by the
/// post, so a post with neither subject's words leaves it unread. Reversal is read first: an anaesthesia post that
/// reverses a block and also names a pressure is about the reversal where the word stands beside glyco.
/// </summary>
internal static class NeoShorthand
{
    private const string Neo = "neo";

    // Words of a post about reversing neuromuscular blockade.
    private static readonly HashSet<string> ReversalWords = new(StringComparer.Ordinal)
    {
        "glyco", "glycopyrrolate", "robinul", "sugammadex", "bridion", "neostigmine", "reversal", "reverse", "reversed",
        "reversing", "tof", "twitch", "twitches",
    };

    // Words of a post about vasopressors and the low pressure they treat.
    private static readonly HashSet<string> PressorWords = new(StringComparer.Ordinal)
    {
        "levo", "norepinephrine", "norepi", "levophed", "vaso", "vasopressin", "pressor", "pressors", "vasopressor",
        "vasopressors", "phenylephrine", "hypotension", "hypotensive", "giapreza", "map", "shock",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReversalWord = ReversalWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PressorWord = PressorWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds the drug the post makes of each standalone "neo" no hit holds.</summary>
    public static void Add(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits)
    {
        if (chars.IndexOf(Neo, StringComparison.Ordinal) < 0)
        {
            return;
        }

        NewbornConditions.AddBareWord(catalog, chars, entityHits, Neo, "neostigmine", static (c, text, hits) => LevoShorthand.Says(c, text, hits, ReversalWord));
        NewbornConditions.AddBareWord(catalog, chars, entityHits, Neo, "phenylephrine", static (c, text, hits) => LevoShorthand.Says(c, text, hits, PressorWord));
    }
}
