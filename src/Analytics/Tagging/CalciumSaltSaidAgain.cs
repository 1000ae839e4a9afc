namespace Sermo.Analytics.Tagging;

/// <summary>
/// Bare "calcium" after the post has named a calcium salt is that salt said again (round 52, decision 365): "calcium
/// chloride twice for the ionized level ... think about calcium early", "calcitriol and calcium carbonate ... during the
/// taper of calcium". The guide leaves IV calcium to the salt written (decision 264), and the readable sets label the
/// word said again as the salt five times over five sets, leaving it bare only as the measured value ("Calcium
/// normal now", "Calcium swings", "low calcium"). <see cref="CalciumSupplement"/> reads the pill with no salt named
/// and stands aside in IV posts, so a resuscitation post's second "calcium" was missed. A number or a measured-value
/// word after the word, or a lab or level word before it, keeps it the value.
/// </summary>
internal static class CalciumSaltSaidAgain
{
    private const string Calcium = "calcium";

    private static readonly HashSet<string> SaltIds = new(StringComparer.Ordinal)
    {
        "calcium carbonate", "calcium gluconate", "calcium chloride", "calcium citrate", "calcium acetate",
    };

    // Words after the word that make it the measured value or another noun ("calcium normal", "calcium score").
    private static readonly HashSet<string> ValueWordsAfter = new(StringComparer.Ordinal)
    {
        "is", "was", "were", "of", "level", "levels", "normal", "normalized", "swings", "swung", "dropped", "drops", "fell",
        "falls", "rose", "rises", "climbed", "came", "went", "stayed", "trend", "trended", "trending", "low", "high", "ok",
        "fine", "up", "down", "back", "score", "scores", "scoring", "channel", "channels", "oxalate", "phosphate", "stone",
        "stones", "deposits", "deposition", "intake", "sensing", "metabolism", "homeostasis", "x",
    };

    // Words before the word that make it the measured value or food ("low calcium", "serum calcium", "dietary calcium").
    private static readonly HashSet<string> ValueWordsBefore = new(StringComparer.Ordinal)
    {
        "low", "high", "higher", "lower", "serum", "urine", "urinary", "ionized", "ionised", "corrected", "total", "dietary",
        "check", "checked", "recheck", "normal",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ValueWordAfter = ValueWordsAfter.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ValueWordBefore = ValueWordsBefore.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds the named salt for each later standalone "calcium" no hit holds that is not the measured value.</summary>
    public static void Add(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits)
    {
        if (chars.IndexOf(Calcium, StringComparison.Ordinal) < 0 || FirstSalt(catalog, entityHits) is not var (saltEnd, saltId))
        {
            return;
        }

        NewbornConditions.AddBareWord(catalog, chars, entityHits, Calcium, saltId, static (_, _, _) => true,
            (_, text, _, start, end) => start > saltEnd && !IsValue(text, start, end));
    }

    private static (int End, string Id)? FirstSalt(ClinicalTermCatalog catalog, List<PhraseHit> entityHits)
    {
        foreach (var hit in entityHits)
        {
            var definition = catalog.Entities[catalog.Terms[hit.TermId].Entity];
            if (definition.Type.IsDrug() && SaltIds.Contains(definition.CanonicalId))
            {
                return (hit.End, definition.CanonicalId);
            }
        }

        return null;
    }

    private static bool IsValue(ReadOnlySpan<char> chars, int start, int end) =>
        LabValueMentions.IsFollowedByBareNumber(chars, end)
        || ValueWordAfter.Contains(GivenBareDrugs.WordAfter(chars, end))
        || ValueWordBefore.Contains(NormalizedText.PreviousWord(chars, start, out _));
}
