namespace Sermo.Analytics.Tagging;

/// <summary>
/// "Vertebral (compression) fracture(s)" in a post about bone loss is one disease span, the osteoporotic vertebral
/// fracture M80.08 (round 45, decision 293; the guide's "Labels settled in round 45": guideline I.C.13.d sends a
/// fracture in osteoporosis to M80), "rebound" before it included ("rebound vertebral fractures" after stopping
/// denosumab). Without the step the words read as the event "fracture" or not at all. The code depends on the cause,
/// so the post must name bone loss by a disease of its own (osteoporosis, osteopenia) or a word of it (a T-score, "bone
/// loss"), or a drug of the lexicon's antiresorptive, bisphosphonate, sclerostin-inhibitor or PTH-analog class (decision
/// 299: read from the lexicon, not listed); a vertebral fracture in a trauma post keeps its own reading.
/// </summary>
internal static class VertebralFractures
{
    private const string Vertebral = "vertebral";
    private const string RowTerm = "osteoporotic vertebral fracture";

    private static readonly HashSet<string> FractureWords = new(StringComparer.Ordinal) { "fracture", "fractures", "fx", "fxs" };

    // Words between "vertebral" and the fracture word that keep it one span.
    private static readonly HashSet<string> InnerWords = new(StringComparer.Ordinal) { "compression", "body" };

    // Words of a post about bone loss: the disease and its measure. The drugs given for it are read from the lexicon's
    // bone classes (BoneDrugClasses), not listed here (decision 299).
    private static readonly HashSet<string> BoneLossWords = new(StringComparer.Ordinal)
    {
        "osteoporosis", "osteoporotic", "osteopenia", "osteopenic", "dexa", "dxa", "bmd",
    };

    // The drug classes of drugs.csv / drug_classes.csv given for bone loss: a hit of the class or of a member generic
    // (a brand reads as its generic) says the post is about bone loss.
    private static readonly string[] BoneDrugClasses = ["antiresorptive", "bisphosphonate", "sclerostin-inhibitor", "pth-analog"];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FractureWord = FractureWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> InnerWord = InnerWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BoneLossWord = BoneLossWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Replaces, in place, the hits inside each "[rebound] vertebral [compression] fracture(s)" of a bone-loss post by one
    /// M80.08 hit over the words. Cost: one substring search; the post's subject is read only where the words occur.
    /// </summary>
    public static void Relabel(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits)
    {
        bool? aboutBoneLoss = null;
        var termId = -2;
        for (var at = chars.IndexOf(Vertebral, StringComparison.Ordinal); at >= 0;)
        {
            var end = FractureEnd(chars, at + Vertebral.Length);
            if (end > 0 && (at == 0 || !NormalizedText.IsWordChar(chars[at - 1]))
                && (aboutBoneLoss ??= AboutBoneLoss(catalog, chars, entityHits)))
            {
                if (termId == -2)
                {
                    termId = catalog.TermIdOf(NormalizedText.NormalizeTerm(RowTerm));
                }

                if (termId < 0)
                {
                    return;
                }

                var start = ReboundStart(chars, at);
                entityHits.RemoveAll(hit => hit.Start < end && start < hit.End);
                entityHits.Add(new PhraseHit(start, end, termId));
                entityHits.Sort(static (a, b) => a.Start.CompareTo(b.Start));
            }

            var next = chars[(at + Vertebral.Length)..].IndexOf(Vertebral, StringComparison.Ordinal);
            at = next < 0 ? -1 : at + Vertebral.Length + next;
        }
    }

    // The end of the fracture word after "vertebral" (one inner word allowed), or -1.
    private static int FractureEnd(ReadOnlySpan<char> chars, int position)
    {
        for (var words = 0; words < 2; words++)
        {
            if (position >= chars.Length || chars[position] != ' ')
            {
                return -1;
            }

            var start = position + 1;
            var end = start;
            while (end < chars.Length && NormalizedText.IsWordChar(chars[end]))
            {
                end++;
            }

            var word = chars[start..end];
            if (FractureWord.Contains(word))
            {
                return end;
            }

            if (!InnerWord.Contains(word))
            {
                return -1;
            }

            position = end;
        }

        return -1;
    }

    // "rebound vertebral fractures" is one span.
    private static int ReboundStart(ReadOnlySpan<char> chars, int at)
    {
        const string Rebound = "rebound ";
        return at >= Rebound.Length && chars[(at - Rebound.Length)..at].SequenceEqual(Rebound)
            && (at == Rebound.Length || !NormalizedText.IsWordChar(chars[at - Rebound.Length - 1]))
            ? at - Rebound.Length
            : at;
    }

    // A bone-loss disease among the hits (M80, M81, M85.8 osteopenia) or a word of it; "bone loss" and a T-score too;
    // or a drug of the lexicon's bone classes among the hits.
    private static bool AboutBoneLoss(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        chars.IndexOf("bone loss", StringComparison.Ordinal) >= 0 || chars.IndexOf("t score", StringComparison.Ordinal) >= 0
        || NamesBoneDrug(catalog, entityHits)
        || NewbornConditions.KeepsDiseaseOrSaysWord(catalog, chars, entityHits, IsBoneLossCode, BoneLossWord);

    private static bool NamesBoneDrug(ClinicalTermCatalog catalog, List<PhraseHit> entityHits)
    {
        foreach (var hit in entityHits)
        {
            var definition = catalog.Entities[catalog.Terms[hit.TermId].Entity];
            if (definition.Type is not (EntityType.Brand or EntityType.Generic or EntityType.DrugClass))
            {
                continue;
            }

            foreach (var boneClass in BoneDrugClasses)
            {
                if (definition.CanonicalId == boneClass
                    || (catalog.ClassMembers.TryGetValue(boneClass, out var members) && members.Contains(definition.CanonicalId)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsBoneLossCode(string code) =>
        code.StartsWith("M80", StringComparison.Ordinal) || code.StartsWith("M81", StringComparison.Ordinal) || code.StartsWith("M85.8", StringComparison.Ordinal);
}
