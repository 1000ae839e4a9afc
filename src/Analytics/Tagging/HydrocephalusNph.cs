namespace Sermo.Analytics.Tagging;

/// <summary>
/// "NPH" in a post about gait, memory and bladder trouble or a shunt is normal pressure hydrocephalus, not NPH insulin
/// (round 50, decision 337): "NPH workup in a 76M with gait trouble, urgency and memory complaints", "NPH vs Parkinson's vs
/// vascular dementia. Large volume tap". The lexicon lists the word on insulin isophane, its reading in diabetes and
/// pregnancy posts ("insulin NPH at night", "NPH 10 units"); the readable sets label it the hydrocephalus twice over two
/// sets, each in a post with those words and no word of diabetes or insulin. A post that says insulin, a sugar word or
/// a diabetes code keeps the insulin.
/// </summary>
internal static class HydrocephalusNph
{
    private const string Nph = "nph";

    // The hydrocephalus row's term the word becomes.
    private const string Hydrocephalus = "normal pressure hydrocephalus";

    // Words of a post about the triad, its tests and its treatment.
    private static readonly HashSet<string> TriadWords = new(StringComparer.Ordinal)
    {
        "gait", "shunt", "hydrocephalus", "ventriculomegaly", "ventricles", "tap", "incontinence", "urgency", "memory",
        "dementia", "magnetic", "wobbly",
    };

    // Words of a post where NPH is the insulin.
    private static readonly HashSet<string> InsulinWords = new(StringComparer.Ordinal)
    {
        "insulin", "insulins", "units", "diabetes", "diabetic", "glucose", "sugar", "sugars", "a1c", "gdm", "metformin",
        "hypoglycemia", "lantus", "glargine", "humulin", "novolin", "basal", "bolus",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TriadWord = TriadWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> InsulinWord = InsulinWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Replaces, in place, each "NPH" hit by the hydrocephalus in a post about the triad and not about insulin.</summary>
    public static void Relabel(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits)
    {
        if (chars.IndexOf(Nph, StringComparison.Ordinal) < 0)
        {
            return;
        }

        bool? aboutTriad = null;
        for (var i = 0; i < entityHits.Count; i++)
        {
            var hit = entityHits[i];
            if (chars[hit.Start..hit.End].SequenceEqual(Nph)
                && (aboutTriad ??= AboutTriad(catalog, chars, entityHits))
                && catalog.TermIdOf(Hydrocephalus) is var termId and >= 0)
            {
                entityHits[i] = hit with { TermId = termId };
            }
        }
    }

    private static bool AboutTriad(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        NewbornConditions.KeepsDiseaseOrSaysWord(catalog, chars, entityHits, static _ => false, TriadWord)
        && !NewbornConditions.KeepsDiseaseOrSaysWord(catalog, chars, entityHits, IsDiabetesCode, InsulinWord);

    // E08-E13 and gestational diabetes O24.
    private static bool IsDiabetesCode(string code) =>
        code.StartsWith("E08", StringComparison.Ordinal) || code.StartsWith("E09", StringComparison.Ordinal)
        || code.StartsWith("E1", StringComparison.Ordinal) || code.StartsWith("O24", StringComparison.Ordinal);
}
