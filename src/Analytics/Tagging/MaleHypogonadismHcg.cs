namespace Sermo.Analytics.Tagging;

/// <summary>
/// Bare "hCG" in a post about male hypogonadism or fertility is the drug chorionic gonadotropin (round 44, decision 278):
/// "hCG alternative", "we discussed hCG if counts drop", "started hCG injections and clomiphene". The lexicon lists only
/// "hCG trigger / shot / injection", because in a pregnancy post the letters are the lab ("hCG 1,800", "day-7 hCG went
/// up"). The readable sets label the bare letters the drug four times, each in a post that names testosterone,
/// clomiphene, sperm or hypogonadism, and leave them bare in seven pregnancy posts that name none, so the post's subject
/// decides (<see cref="AltitudeSickness"/>); a number after the letters is a level even there.
/// </summary>
internal static class MaleHypogonadismHcg
{
    private const string BareHcg = "hcg";
    private const string ChorionicGonadotropin = "hcg injection";

    // Words that make a post about a man's hormones or fertility.
    private static readonly HashSet<string> AndrologyWords = new(StringComparer.Ordinal)
    {
        "testosterone", "clomiphene", "clomid", "enclomiphene", "sperm", "semen", "azoospermia", "oligospermia",
        "spermatogenesis", "hypogonadism", "hypogonadal", "testicular", "testes", "anabolic",
    };

    // Read by the word's span, so no word of the post becomes a string.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AndrologyWord = AndrologyWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds chorionic gonadotropin for each standalone "hCG" no hit holds and no bare number follows, in a post about male hypogonadism.</summary>
    public static void Add(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        NewbornConditions.AddBareWord(catalog, chars, entityHits, BareHcg, ChorionicGonadotropin, AboutMaleHypogonadism, NotALevel);

    // Hypogonadism (E23.0, E29.1) or male infertility (N46) kept in the post, or an andrology word.
    private static bool AboutMaleHypogonadism(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        NewbornConditions.KeepsDiseaseOrSaysWord(catalog, chars, entityHits, static id => id is "E23.0" or "E29.1" || id.StartsWith("N46", StringComparison.Ordinal), AndrologyWord);

    private static bool NotALevel(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits, int start, int end) =>
        !LabValueMentions.IsFollowedByBareNumber(chars, end);
}
