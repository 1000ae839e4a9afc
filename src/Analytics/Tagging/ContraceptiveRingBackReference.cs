namespace Sermo.Analytics.Tagging;

/// <summary>
/// "The ring" in a post that names a contraceptive vaginal ring (NuvaRing, EluRyng, Annovera) refers back to it and is the
/// hormonal contraceptive class, as the readable sets label it (decision 326: "happy with the ring", "discharge from the
/// ring", three sets). Only after "the", "her", "this" or "that", so "ring pessary", "ring sideroblasts" and "ring size"
/// in other posts, and a ring the post never tied to a contraceptive, stay unread. Cost: one substring search of the post.
/// </summary>
internal static class ContraceptiveRingBackReference
{
    private const string Ring = "ring";
    private const string ClassTerm = "hormonal contraception";

    // The generic rows of the contraceptive vaginal rings the lexicon lists.
    private static readonly HashSet<string> RingIds = new(StringComparer.Ordinal)
    {
        "etonogestrel/ethinyl estradiol", "segesterone/ethinyl estradiol",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "her", "this", "that" };

    // Words after "ring" that make it another thing: a pessary, a finger ring, a marrow finding.
    private static readonly HashSet<string> OtherRingWords = new(StringComparer.Ordinal)
    {
        "pessary", "pessaries", "size", "sizes", "sideroblast", "sideroblasts", "finger", "enhancement", "enhancing", "sign",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiner = Determiners.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherRingWord = OtherRingWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds the class for each standalone "ring" after a determiner in a post that names a contraceptive ring.</summary>
    public static void Add(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        NewbornConditions.AddBareWord(catalog, chars, entityHits, Ring, ClassTerm, NamesContraceptiveRing, IsBackReference);

    private static bool NamesContraceptiveRing(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        GivenBareDrugs.NamesDrugAmong(catalog, entityHits, RingIds);

    private static bool IsBackReference(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits, int start, int end)
    {
        var before = GivenBareDrugs.WordBefore(chars, start, out _);
        if (!Determiner.Contains(before))
        {
            return false;
        }

        var after = NormalizedText.SkipSpaces(chars, end);
        var afterEnd = after;
        while (afterEnd < chars.Length && NormalizedText.IsWordChar(chars[afterEnd]))
        {
            afterEnd++;
        }

        return !OtherRingWord.Contains(chars[after..afterEnd]);
    }
}
