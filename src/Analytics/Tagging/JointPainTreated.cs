namespace Sermo.Analytics.Tagging;

/// <summary>
/// Bare "knee pain" (and hip or shoulder pain) is a disease span only as the reason for a drug or procedure (round 49,
/// decision 333; the guide's round-30 findings rule, settled for knee pain later): "naproxen for knee pain", "ablation for
/// her knee pain" are M25.56-, while "limp and knee pain" of a named diagnosis or "knee pain better" stay bare. So no
/// lexicon row lists the bare phrase; the rows carry the tabular titles ("pain in unspecified knee") and this step reads
/// the phrase only right after "for" or "for" and a possessive. Four readable sets' authors label it so (r11, r14, r36,
/// r44) and none leaves it bare there.
/// </summary>
internal static class JointPainTreated
{
    private static readonly (string Phrase, string Row)[] JointPains =
    [
        ("knee pain", "pain in unspecified knee"),
        ("hip pain", "pain in unspecified hip"),
        ("shoulder pain", "pain in unspecified shoulder"),
    ];

    // A word between "for" and the phrase that keeps it the reason ("for her knee pain", "for the knee pain").
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "his", "her", "their", "my", "your", "the", "chronic" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiner = Determiners.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds the joint's pain row for each standalone phrase no hit holds that follows "for". Cost: one search for "pain".</summary>
    public static void Add(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits)
    {
        if (chars.IndexOf(" pain", StringComparison.Ordinal) < 0)
        {
            return;
        }

        foreach (var (phrase, row) in JointPains)
        {
            NewbornConditions.AddBareWord(catalog, chars, entityHits, phrase, row, static (_, _, _) => true, AfterFor);
        }
    }

    private static bool AfterFor(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits, int start, int end)
    {
        var before = NormalizedText.PreviousWord(chars, start, out var beforeStart);
        return before is "for" || (Determiner.Contains(before) && NormalizedText.PreviousWord(chars, beforeStart, out _) is "for");
    }
}
