namespace Sermo.Analytics.Tagging;

/// <summary>
/// Bare "calcium" taken as a supplement is calcium carbonate (round 42, decision 264), as the guide settles it in round 39
/// (decision 242: "a supplement calcium carbonate ... bare calcium as a lab stays bare") and the readable sets write it
/// (21 of 32 missed bare spans over 19 sets are calcium carbonate). The word names the lab as often ("calcium 11.2",
/// "lower the calcium"), so the lexicon never lists it; it is read only where it is plainly a pill: before
/// "supplement", "tabs" or "pills", or as an item of a list of drugs ("alendronate and the calcium", "calcium and vitamin
/// D", "tamsulosin, calcium"), unless a word before it makes it the lab or food ("cinacalcet for the calcium and
/// alendronate for the bone", "dietary calcium"). IV calcium (hyperkalaemia, an overdose, a transfusion) is gluconate or chloride by the post,
/// which the guide leaves to the salt written, so a post naming those stays unread. A take verb a few words before it in
/// its sentence also makes it the pill (decision 326: "takes it with coffee and calcium", "taking Synthroid with calcium",
/// "takes levothyroxine with her morning calcium", the levothyroxine-timing post of six readable sets).
/// </summary>
internal static class CalciumSupplement
{
    private const string Calcium = "calcium";
    private const string SupplementTerm = "calcium carbonate";
    private const string MagnesiumId = "magnesium sulfate";

    private static readonly HashSet<string> PillNouns = new(StringComparer.Ordinal)
    {
        "supplement", "supplements", "tab", "tabs", "tablet", "tablets", "pill", "pills", "chew", "chews", "chewable", "chewables",
    };

    private static readonly HashSet<string> ListJoiners = new(StringComparer.Ordinal) { "and", "plus", "," };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "her", "his", "their" };

    // Words before the word that make it the lab ("cinacalcet for the calcium and alendronate for the bone", "serum
    // calcium") or food ("dietary calcium"), even beside a drug.
    private static readonly HashSet<string> LabOrFoodWords = new(StringComparer.Ordinal)
    {
        "for", "handles", "handle", "lower", "lowers", "lowered", "lowering", "raise", "raises", "raised", "control", "controls",
        "check", "checked", "recheck", "serum", "urine", "ionized", "ionised", "corrected", "dietary", "about",
    };

    // Words of a post where calcium is given IV as gluconate or chloride.
    private static readonly HashSet<string> IvCalciumWords = new(StringComparer.Ordinal)
    {
        "iv", "hyperkalemia", "hyperkalaemia", "peaked", "ionized", "ionised", "transfusion", "overdose", "od",
    };

    private static readonly HashSet<string> TakeVerbs = new(StringComparer.Ordinal) { "take", "takes", "taking", "took" };

    // Words before "on" that keep a patient on a pill: "stays on calcium", "is on calcium", "continued on calcium".
    private static readonly HashSet<string> KeepingVerbs = new(StringComparer.Ordinal)
    {
        "stay", "stays", "stayed", "remain", "remains", "remained", "keep", "keeps", "kept", "continue", "continues",
        "continued", "is", "was", "still", "already", "put",
    };

    // How many words before the word a take verb may stand: "takes it with coffee and her calcium".
    private const int TakeVerbReach = 6;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TakeVerb = TakeVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KeepingVerb = KeepingVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PillNoun = PillNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ListJoiner = ListJoiners.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiner = Determiners.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LabOrFoodWord = LabOrFoodWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> IvCalciumWord = IvCalciumWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds calcium carbonate for each standalone "calcium" no hit holds that is plainly a pill.</summary>
    public static void Add(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        NewbornConditions.AddBareWord(catalog, chars, entityHits, Calcium, SupplementTerm, static (_, text, _) => !NamesIvCalcium(text), IsPill);

    // Not a lab value ("calcium 11.2"), and before a pill noun or an item of a list of drugs.
    private static bool IsPill(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits, int start, int end) =>
        !LabValueMentions.IsFollowedByBareNumber(chars, end)
        && (IsPillNoun(chars, end) || IsListItem(catalog, chars, entityHits, start, end) || IsTaken(chars, start) || IsKeptOn(chars, start));

    // "She stays on calcium", "was already on calcium": a patient kept on it takes the pill (decision 386; "effects on
    // calcium" and "focus on calcium" have no keeping verb before "on").
    private static bool IsKeptOn(ReadOnlySpan<char> chars, int start) =>
        WordBefore(chars, start, out var onStart).SequenceEqual("on") && KeepingVerb.Contains(WordBefore(chars, onStart, out _));

    // A take verb among the few words before it in its sentence, with no lab or food word between.
    private static bool IsTaken(ReadOnlySpan<char> chars, int start)
    {
        var position = start;
        for (var i = 0; i < TakeVerbReach; i++)
        {
            var word = WordBefore(chars, position, out position);
            if (word.IsEmpty || LabOrFoodWord.Contains(word))
            {
                return false;
            }

            if (TakeVerb.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPillNoun(ReadOnlySpan<char> chars, int end) => PillNoun.Contains(WordAfter(chars, end, out _));

    // A drug hit joined to the word by a comma, "and" or "plus", with "the" or "her" allowed between: before or after it.
    private static bool IsListItem(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits, int start, int end)
    {
        var before = WordBefore(chars, start, out var previous);
        if (Determiner.Contains(before))
        {
            before = WordBefore(chars, previous, out previous);
        }

        if (LabOrFoodWord.Contains(before))
        {
            return false;
        }

        if (ListJoiner.Contains(WordAfter(chars, end, out var next)))
        {
            var itemStart = Determiner.Contains(WordAfter(chars, next, out var afterDeterminer)) ? afterDeterminer : next;
            if (DrugHitAt(catalog, entityHits, NormalizedText.SkipSpaces(chars, itemStart), starts: true))
            {
                return true;
            }
        }

        return ListJoiner.Contains(before) && DrugHitAt(catalog, entityHits, NormalizedText.SkipSpacesBack(chars, previous), starts: false);
    }

    private static bool DrugHitAt(ClinicalTermCatalog catalog, List<PhraseHit> entityHits, int position, bool starts)
    {
        foreach (var hit in entityHits)
        {
            if ((starts ? hit.Start : hit.End) == position)
            {
                var definition = catalog.Entities[catalog.Terms[hit.TermId].Entity];
                return definition.Type.IsDrug() && definition.CanonicalId != MagnesiumId;
            }
        }

        return false;
    }

    // The word after the spaces at position, or a lone comma; next is where it ends.
    private static ReadOnlySpan<char> WordAfter(ReadOnlySpan<char> chars, int position, out int next)
    {
        var i = NormalizedText.SkipSpaces(chars, position);
        var j = i;
        if (j < chars.Length && chars[j] == ',')
        {
            j++;
        }
        else
        {
            while (j < chars.Length && NormalizedText.IsWordChar(chars[j]))
            {
                j++;
            }
        }

        next = j;
        return chars[i..j];
    }

    // The word before the spaces that end at position, or a lone comma; previous is where it starts.
    private static ReadOnlySpan<char> WordBefore(ReadOnlySpan<char> chars, int position, out int previous)
    {
        var j = NormalizedText.SkipSpacesBack(chars, position);
        var i = j;
        if (i > 0 && chars[i - 1] == ',')
        {
            i--;
        }
        else
        {
            while (i > 0 && NormalizedText.IsWordChar(chars[i - 1]))
            {
                i--;
            }
        }

        previous = i;
        return chars[i..j];
    }

    private static bool NamesIvCalcium(ReadOnlySpan<char> chars)
    {
        foreach (var (start, end) in ConditionWordsInContext.Words(chars))
        {
            if (IvCalciumWord.Contains(chars[start..end]))
            {
                return true;
            }
        }

        return false;
    }
}
