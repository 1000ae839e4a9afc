namespace Sermo.Analytics.Tagging;

/// <summary>
/// A chronic hypertension written in a post about a pregnancy is the pre-existing hypertension complicating pregnancy
/// O10, not essential hypertension I10 (round 47, decision 309): "34F, G2, chronic HTN on labetalol, aspirin from 12
/// weeks". The ICD-10-CM index reads Hypertension, complicating pregnancy, pre-existing as O10, and the pregnancy
/// chapter comes first while the patient is pregnant; obstetricians write "chronic" for exactly that pre-existing
/// disease. Bare "hypertension" keeps I10: without "chronic" it may be the gestational kind (O13) the words do not say.
/// The post's subject decides, as it decides newborn codes (<see cref="NewbornConditions"/>).
/// </summary>
internal static class ChronicHypertensionInPregnancy
{
    private const string EssentialHypertension = "I10";
    private const string PregnancyTerm = "chronic htn in pregnancy";
    private const string Chronic = "chronic";

    // Words of a post about a pregnancy, its weeks or its delivery ("ob" as in "new OB visit"; "g2" as in G2P1).
    private static readonly HashSet<string> PregnancyWords = new(StringComparer.Ordinal)
    {
        "pregnant", "pregnancy", "pregnancies", "preeclampsia", "eclampsia", "hellp", "trimester", "gestation", "gestational",
        "postpartum", "antepartum", "caesarean", "cesarean", "conception", "ob", "obstetric", "obstetrics", "g1", "g2", "g3", "g4",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PregnancyWord = PregnancyWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Relabels, in place, each I10 hit that is or follows the word "chronic" in a post about a pregnancy. Reads only I10 hits.</summary>
    public static void Relabel(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits)
    {
        var pregnancyTerm = -2;
        bool? aboutPregnancy = null;
        for (var i = 0; i < entityHits.Count; i++)
        {
            var hit = entityHits[i];
            var definition = catalog.Entities[catalog.Terms[hit.TermId].Entity];
            if (definition.Type != EntityType.Disease || definition.CanonicalId != EssentialHypertension || !SaysChronic(chars, hit.Start))
            {
                continue;
            }

            if (!(aboutPregnancy ??= NewbornConditions.KeepsDiseaseOrSaysWord(catalog, chars, entityHits, static code => code is ['O', ..], PregnancyWord)))
            {
                return;
            }

            if (pregnancyTerm == -2)
            {
                pregnancyTerm = catalog.TermIdOf(NormalizedText.NormalizeTerm(PregnancyTerm));
            }

            if (pregnancyTerm < 0)
            {
                return;
            }

            entityHits[i] = hit with { TermId = pregnancyTerm };
        }
    }

    // The hit starts with "chronic" ("chronic htn" as one term) or the word right before it is "chronic".
    private static bool SaysChronic(ReadOnlySpan<char> chars, int start)
    {
        if (chars[start..].StartsWith(Chronic, StringComparison.Ordinal))
        {
            return true;
        }

        var end = start;
        while (end > 0 && chars[end - 1] == ' ')
        {
            end--;
        }

        return end >= Chronic.Length && chars[(end - Chronic.Length)..end].SequenceEqual(Chronic)
            && (end == Chronic.Length || !char.IsLetterOrDigit(chars[end - Chronic.Length - 1]));
    }
}
