namespace Sermo.Analytics.Tagging;

/// <summary>
/// Bare "triple therapy" names the regimen its post is about (round 53, decision 376; the guide's reading of round 52,
/// decision 370): in a rheumatoid arthritis post the csDMARD triple therapy ("failed methotrexate alone, triple therapy
/// next"), in an H. pylori post the standard clarithromycin triple therapy ("H. pylori failed triple therapy twice").
/// The lexicon keeps the two words out of both rows because they also name an antithrombotic, an HIV, a PAH and a lupus
/// nephritis combination; <see cref="TripleAntithromboticTherapy"/> runs first and takes the words in a post naming an
/// anticoagulant with an antiplatelet. A post about both subjects is left bare: its words do not say which is meant.
/// </summary>
internal static class TripleTherapyBySubject
{
    private const string Bare = "triple therapy";
    private const string DmardRegimenTerm = "triple dmard therapy";
    private const string HelicobacterRegimenTerm = "clarithromycin triple therapy";

    // Words only RA posts use besides the disease's own rows (M05, M06).
    private static readonly HashSet<string> RheumatoidWords = new(StringComparer.Ordinal)
    {
        "rheumatoid", "dmard", "dmards", "csdmard", "csdmards",
    };

    // The organism's words besides its row (B96.81): "pylori" holds every spelling, "h pylori" and "helicobacter pylori".
    private static readonly HashSet<string> HelicobacterWords = new(StringComparer.Ordinal)
    {
        "pylori", "helicobacter",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RheumatoidWord = RheumatoidWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HelicobacterWord = HelicobacterWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds the subject's regimen row for each bare "triple therapy" no hit holds, in a post about one subject only.</summary>
    public static void Add(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits)
    {
        if (chars.IndexOf(Bare, StringComparison.Ordinal) < 0)
        {
            return;
        }

        var rheumatoid = AboutRheumatoidArthritis(catalog, chars, entityHits);
        var helicobacter = AboutHelicobacter(catalog, chars, entityHits);
        if (rheumatoid == helicobacter)
        {
            return;
        }

        NewbornConditions.AddBareWord(catalog, chars, entityHits, Bare, rheumatoid ? DmardRegimenTerm : HelicobacterRegimenTerm,
            static (_, _, _) => true);
    }

    private static bool AboutRheumatoidArthritis(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        NewbornConditions.KeepsDiseaseOrSaysWord(catalog, chars, entityHits,
            static code => code.StartsWith("M05", StringComparison.Ordinal) || code.StartsWith("M06", StringComparison.Ordinal), RheumatoidWord);

    private static bool AboutHelicobacter(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        NewbornConditions.KeepsDiseaseOrSaysWord(catalog, chars, entityHits, static code => code == "B96.81", HelicobacterWord);
}
