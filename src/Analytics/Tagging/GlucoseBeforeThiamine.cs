namespace Sermo.Analytics.Tagging;

/// <summary>
/// Bare "glucose" given or withheld in a sentence about thiamine is the drug dextrose (round 53, decision 376; the
/// guide's reading of round 52, decision 370): "thiamine 500 IV before any glucose", "B1 before glucose in every vomiting
/// patient", "never glucose before thiamine". The word names a lab value far more often ("glucose 160", "glucose was
/// low"), so the lexicon lists only "dextrose", "D50" and their kin; the readable sets label the word the drug each time
/// it stands in this order with thiamine (three sets), and a sentence with no thiamine in it keeps the lab reading.
/// </summary>
internal static class GlucoseBeforeThiamine
{
    private const string Bare = "glucose";
    private const string DrugTerm = "dextrose";

    // Words of the sentence that name thiamine: "b1" is the vitamin's number, as in "B1 before glucose".
    private static readonly HashSet<string> ThiamineWords = new(StringComparer.Ordinal) { "thiamine", "thiamin", "b1" };

    // The order words around the glucose: "before any glucose", "after thiamine, glucose", "glucose first", "no glucose until".
    private static readonly HashSet<string> OrderWordsBefore = new(StringComparer.Ordinal) { "before", "after", "any", "no", "never", "withhold", "withheld", "held" };
    private static readonly HashSet<string> OrderWordsAfter = new(StringComparer.Ordinal) { "before", "after", "first", "until" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ThiamineWord = ThiamineWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OrderWordBefore = OrderWordsBefore.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OrderWordAfter = OrderWordsAfter.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds the dextrose row for each bare "glucose" no hit holds that stands in order with thiamine in its sentence.</summary>
    public static void Add(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits)
    {
        if (chars.IndexOf(Bare, StringComparison.Ordinal) >= 0
            && (chars.IndexOf("thiamin", StringComparison.Ordinal) >= 0 || chars.IndexOf("b1", StringComparison.Ordinal) >= 0))
        {
            NewbornConditions.AddBareWord(catalog, chars, entityHits, Bare, DrugTerm, static (_, _, _) => true, InOrderWithThiamine);
        }
    }

    private static bool InOrderWithThiamine(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits, int start, int end)
    {
        if (TextStructure.FollowedByNumber(chars, end))
        {
            return false; // "glucose 160" is the value
        }

        var before = GivenBareDrugs.WordBefore(chars, start, out _);
        var after = GivenBareDrugs.WordAfter(chars, end);
        if (!OrderWordBefore.Contains(before) && !OrderWordAfter.Contains(after))
        {
            return false;
        }

        // the sentence holding it, by the tagger's own sentence ends ("2.5 mg" does not split)
        var ends = new List<int>();
        TextStructure.SentenceEnds(chars, ends);
        var sentence = TextStructure.SegmentOf(ends, start, 0);
        var from = TextStructure.SegmentStart(ends, sentence);
        foreach (var (wordStart, wordEnd) in ConditionWordsInContext.Words(chars[from..ends[sentence]]))
        {
            if (ThiamineWord.Contains(chars[(from + wordStart)..(from + wordEnd)]))
            {
                return true;
            }
        }

        return false;
    }
}
