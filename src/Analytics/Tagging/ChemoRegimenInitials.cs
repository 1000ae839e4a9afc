namespace Sermo.Analytics.Tagging;

/// <summary>
/// "AC" and "TC" written in capitals in a post about cancer chemotherapy are the regimens doxorubicin-cyclophosphamide
/// and docetaxel-cyclophosphamide (round 46, decision 297): "carbo/paclitaxel then AC", "febrile 3 days after AC cycle
/// two", "breast cancer after TC". The lexicon never lists the bare letters: "AC" is also a ventilator's assist control
/// and air conditioning, "TC" total cholesterol, "ac" before meals. The readable sets label the capitals the regimen six
/// times over five sets, each in a post that names breast cancer, a chemotherapy drug or a cycle, and leave them bare
/// twice, in posts about a ventilator and a heat wave that name none of these.
/// </summary>
internal static class ChemoRegimenInitials
{
    private static readonly (string Capitals, string Bare, string Row)[] Regimens =
        [("AC", "ac", "doxorubicin-cyclophosphamide"), ("TC", "tc", "docetaxel-cyclophosphamide")];

    // Words of a post about cancer chemotherapy: the drugs given with or before these regimens and their schedule.
    private static readonly HashSet<string> ChemoWords = new(StringComparer.Ordinal)
    {
        "chemo", "chemotherapy", "cycle", "cycles", "neoadjuvant", "adjuvant", "regimen", "oncology", "oncologist",
        "docetaxel", "taxotere", "paclitaxel", "taxol", "carboplatin", "carbo", "doxorubicin", "adriamycin",
        "cyclophosphamide", "cytoxan", "anthracycline", "anthracyclines", "taxane", "taxanes", "neutropenic",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ChemoWord = ChemoWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Adds the regimen's row for each standalone capitalised "AC" or "TC" no hit holds in a post about chemotherapy. Cost:
    /// one ordinal search of the original text per pair of capitals; the rest runs only in a post that writes them.
    /// </summary>
    public static void Add(ClinicalTermCatalog catalog, NormalizedText normalized, List<PhraseHit> entityHits)
    {
        foreach (var (capitals, bare, row) in Regimens)
        {
            if (normalized.Original.Contains(capitals, StringComparison.Ordinal))
            {
                NewbornConditions.AddBareWord(catalog, normalized.Chars, entityHits, bare, row, AboutChemotherapy,
                    (_, _, _, start, end) => WrittenInCapitals(normalized, start, end, capitals));
            }
        }
    }

    // Breast cancer (C50) kept, or a chemotherapy word in the post.
    private static bool AboutChemotherapy(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        NewbornConditions.KeepsDiseaseOrSaysWord(catalog, chars, entityHits, static code => code.StartsWith("C50", StringComparison.Ordinal), ChemoWord);

    // The span start..end of the normalized text is written exactly as these capitals (HepaticEncephalopathyInitials shares it).
    internal static bool WrittenInCapitals(NormalizedText normalized, int start, int end, string capitals)
    {
        var from = normalized.OriginalStart(start);
        return normalized.OriginalEnd(end) - from == capitals.Length
            && normalized.Original.AsSpan(from, capitals.Length).SequenceEqual(capitals);
    }
}
