namespace Sermo.Analytics.Tagging;

/// <summary>
/// "ERA" written in capitals in a post about pulmonary arterial hypertension is the class endothelin receptor antagonist
/// (round 48, decision 316): "contraception is mandatory on an ERA", "leg swelling from the ERA", "her Raynaud's did not
/// change on the ERA". The lexicon never lists the bare letters: "era" is an ordinary word ("the fentanyl era"). The
/// readable sets label the capitals the class four times over four sets, each in a PAH post that names the class's
/// drugs or their companions (tadalafil, selexipag, sotatercept), and never label the lower-case word.
/// </summary>
internal static class EndothelinAntagonistInitials
{
    private const string Capitals = "ERA";
    private const string ClassTerm = "endothelin receptor antagonist";

    // Words of a post about pulmonary arterial hypertension: the disease and the drugs given for it.
    private static readonly HashSet<string> PulmonaryHypertensionWords = new(StringComparer.Ordinal)
    {
        "pah", "cteph", "bosentan", "tracleer", "ambrisentan", "letairis", "macitentan", "opsumit", "opsynvi", "sildenafil",
        "revatio", "tadalafil", "adcirca", "riociguat", "adempas", "selexipag", "uptravi", "treprostinil", "remodulin",
        "tyvaso", "orenitram", "epoprostenol", "flolan", "veletri", "iloprost", "sotatercept", "winrevair", "prostacyclin",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PulmonaryHypertensionWord =
        PulmonaryHypertensionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Adds the class row for each standalone capitalised "ERA" no hit holds in a post about pulmonary arterial hypertension.
    /// Cost: one ordinal search of the original text; the rest runs only in a post that writes the capitals.
    /// </summary>
    public static void Add(ClinicalTermCatalog catalog, NormalizedText normalized, List<PhraseHit> entityHits)
    {
        InitialsInCapitals.AddWhereWritten(catalog, normalized, entityHits, Capitals, ClassTerm, AboutPulmonaryHypertension);
    }

    // Pulmonary arterial hypertension (I27.0, I27.2-) kept, or a word of its treatment in the post.
    private static bool AboutPulmonaryHypertension(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        NewbornConditions.KeepsDiseaseOrSaysWord(catalog, chars, entityHits,
            static code => code.StartsWith("I27.0", StringComparison.Ordinal) || code.StartsWith("I27.2", StringComparison.Ordinal), PulmonaryHypertensionWord);
}
