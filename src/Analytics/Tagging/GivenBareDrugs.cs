namespace Sermo.Analytics.Tagging;

/// <summary>
/// Bare "albumin" and "potassium" given to a patient are the drugs albumin human and potassium chloride (round 44,
/// decision 283): "ceftriaxone plus albumin day 1 and 3", "terlipressin and albumin", "gave albumin", "albumin 1 g/kg",
/// "albumin challenge"; "insulin drip, fluids, potassium replacement", "repleted potassium", "D10, potassium". Each word
/// names the lab at least as often ("albumin 1.9", "albumin under 2.5", "potassium was 3.1", "weight and albumin
/// trends"), so the lexicon lists only "IV albumin", "albumin infusion", "KCl" and brands; the readable sets label the
/// bare words the drug 13 and 12 times over eleven and eight sets, each after a giving word or beside a drug it is given
/// with, or before a dose, "challenge" or "replacement". They are read only there, and never before a bare number or a
/// word that makes them a measured value. Bare "B12" is cyanocobalamin the same way (round 46, decision 297: "folic acid
/// and B12", "vitamin D3 and B12 monthly"), while "B12 was 140" and "check B12" stay the lab. Bare "T3" is liothyronine the
/// same way in a post on a thyroid drug (decision 326: "adding T3", "wants T3", "Armour or T3 added"; the readable sets label
/// it so in four sets), while "the T3 swings", "read about T3" and "free T3 is low" stay the hormone; a needing or wanting
/// word gives a drug as a giving one does ("her hypokalemia needs potassium daily", two sets). An amount or route before it
/// ("plenty of potassium", "aggressive potassium", "oral potassium") gives it too, and "the albumin" points back to one the
/// post already gave (decision 386: long-r51 and three older sets).
/// </summary>
internal static class GivenBareDrugs
{
    private static readonly (string Bare, string Row, NewbornConditions.PostSubject Subject)[] Words =
    [
        ("albumin", "albumin human", AnyPost), ("potassium", "potassium chloride", AnyPost), ("b12", "cyanocobalamin", AnyPost),
        ("t3", "liothyronine", ThyroidDrugPost),
    ];

    // The thyroid drugs whose posts read a given "T3" as liothyronine; "T3" beside a tumour stage names no drug.
    private static readonly HashSet<string> ThyroidDrugIds = new(StringComparer.Ordinal)
    {
        "levothyroxine", "liothyronine", "thyroid", "liotrix",
    };

    // Words before it that give it, or join it to a drug given with it.
    private static readonly HashSet<string> GivingWords = new(StringComparer.Ordinal)
    {
        "gave", "give", "given", "giving", "gives", "plus", "with", "then", "start", "started", "starting", "+", "replete",
        "repleted", "repleting", "replace", "replaced", "replacing", "added", "add", "adding", "need", "needs", "needed",
        "needing", "want", "wants", "wanted", "wanting", "aggressive", "extra", "oral", "iv", "po", "supplemental",
    };

    // Amounts written before "of" that give it: "plenty of potassium", "lots of albumin" (decision 386).
    private static readonly HashSet<string> AmountsOf = new(StringComparer.Ordinal) { "plenty", "lots", "bottles", "grams" };

    // Words before it that point back to one the post already gave: "creeping up despite the albumin" (decision 386).
    private static readonly HashSet<string> BackPointers = new(StringComparer.Ordinal) { "the", "that", "this" };

    // Words before "the" that make it the drug once given, a cause or a course ("despite the albumin", "after the
    // potassium", "held the B12"); the lab comes after other words ("rechecked the potassium", "does not help the B12").
    private static readonly HashSet<string> CourseWords = new(StringComparer.Ordinal)
    {
        "despite", "after", "from", "with", "before", "stopped", "held", "continued", "finished",
    };

    // Joiners of a list that give it only after a drug: "ceftriaxone and albumin", "warfarin, potassium", not "sodium and potassium".
    private static readonly HashSet<string> ListJoiners = new(StringComparer.Ordinal) { "and", "or", "," };

    // Words after it that give it: "albumin challenge", "albumin day 1 and 3", "albumin with the paracentesis".
    private static readonly HashSet<string> GivenAfterWords = new(StringComparer.Ordinal)
    {
        "challenge", "infusions", "bolus", "boluses", "day", "with", "replacement", "repletion", "chloride",
    };

    // Words after it that make it the measured value: "albumin is 2.1", "albumin under 2", "albumin this low".
    private static readonly HashSet<string> MeasuredAfterWords = new(StringComparer.Ordinal)
    {
        "is", "was", "were", "are", "of", "this", "that", "so", "under", "over", "below", "above", "less", "greater", "level",
        "levels", "trend", "trends", "low", "high", "normal", "creatinine", "ratio", "to", "gradient", "fell", "dropped", "rose",
        "sparing", "binder", "binders", "channel", "channels", "got", "came", "went", "goal", "target", "check", "checks",
        "checked", "monitoring", "monitored",
    };

    // Participles after it that give it: "potassium added", "potassium replaced", "albumin given".
    private static readonly HashSet<string> GivenParticiples = new(StringComparer.Ordinal)
    {
        "added", "replaced", "repleted", "given", "infused", "supplemented", "replete",
    };

    // What a drug is hung in ("potassium in the bags", "potassium in his fluids"), with the words that may stand before it.
    private static readonly HashSet<string> HungContainers = new(StringComparer.Ordinal)
    {
        "bag", "bags", "fluid", "fluids", "ivf", "maintenance", "drip", "tpn", "infusion",
    };

    private static readonly HashSet<string> HungDeterminers = new(StringComparer.Ordinal)
    {
        "the", "her", "his", "their", "each", "every", "all", "both", "our",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GivenParticiple = GivenParticiples.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HungContainer = HungContainers.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HungDeterminer = HungDeterminers.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GivingWord = GivingWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AmountOf = AmountsOf.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BackPointer = BackPointers.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CourseWord = CourseWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ListJoiner = ListJoiners.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GivenAfterWord = GivenAfterWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MeasuredAfterWord = MeasuredAfterWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds the drug's row for each standalone bare word no hit holds that is plainly given.</summary>
    public static void Add(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits)
    {
        foreach (var (bare, row, subject) in Words)
        {
            NewbornConditions.AddBareWord(catalog, chars, entityHits, bare, row, subject, IsGiven);
        }
    }

    private static bool AnyPost(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) => true;

    private static bool ThyroidDrugPost(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        NamesDrugAmong(catalog, entityHits, ThyroidDrugIds);

    /// <summary>Whether a drug hit of the post has one of <paramref name="ids"/> (ContraceptiveRingBackReference shares it).</summary>
    internal static bool NamesDrugAmong(ClinicalTermCatalog catalog, List<PhraseHit> entityHits, HashSet<string> ids)
    {
        foreach (var hit in entityHits)
        {
            var definition = catalog.Entities[catalog.Terms[hit.TermId].Entity];
            if (definition.Type.IsDrug() && ids.Contains(definition.CanonicalId))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsGiven(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits, int start, int end)
    {
        if (TextStructure.FollowedByNumber(chars, end))
        {
            // A number with a dose unit is a dose ("albumin 1.5 g/kg"), a bare one the value ("albumin 1.9").
            return !LabValueMentions.IsFollowedByBareNumber(chars, end);
        }

        var after = WordAfter(chars, end);
        if (MeasuredAfterWord.Contains(after))
        {
            return false;
        }

        var before = WordBefore(chars, start, out var beforeStart);
        return GivenAfterWord.Contains(after) || GivingWord.Contains(before) || IsGivenByWhatFollows(chars, end, after)
            || (ListJoiner.Contains(before) && DrugHitEndsAt(catalog, entityHits, NormalizedText.SkipSpacesBack(chars, beforeStart)))
            || (before.SequenceEqual("of") && AmountOf.Contains(WordBefore(chars, beforeStart, out _)))
            || (BackPointer.Contains(before) && CourseWord.Contains(WordBefore(chars, beforeStart, out _))
                && GivenEarlier(catalog, chars, entityHits, start, end));
    }

    // "The albumin" said again after the post gave it ("ceftriaxone and albumin day 1 and 3 ... despite the albumin"): an
    // earlier standalone occurrence of the same word that was given. The measured-value test above has already run on this one.
    private static bool GivenEarlier(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits, int start, int end)
    {
        var word = chars[start..end];
        for (var at = chars[..start].IndexOf(word, StringComparison.Ordinal); at >= 0;)
        {
            var atEnd = at + word.Length;
            if ((at == 0 || !NormalizedText.IsWordChar(chars[at - 1])) && !NormalizedText.IsWordChar(chars[atEnd])
                && !BackPointer.Contains(WordBefore(chars, at, out _)) && IsGiven(catalog, chars, entityHits, at, atEnd))
            {
                return true;
            }

            var next = chars[atEnd..start].IndexOf(word, StringComparison.Ordinal);
            at = next < 0 ? -1 : atEnd + next;
        }

        return false;
    }

    // Written the other way round, the giving word follows it ("potassium added to the fluids", "potassium and magnesium
    // replaced") or it sits in what is hung ("potassium in the bags"): ED and ward posts on DKA, overdoses and ileus write
    // it so (decision 359: four readable sets). A measured value never takes these words.
    private static bool IsGivenByWhatFollows(ReadOnlySpan<char> chars, int end, ReadOnlySpan<char> after)
    {
        if (GivenParticiple.Contains(after))
        {
            return true;
        }

        var afterEnd = NormalizedText.SkipSpaces(chars, end) + after.Length;
        if (after.SequenceEqual("and"))
        {
            // "potassium and magnesium replaced": the partner word, then the participle.
            var partner = WordAfter(chars, afterEnd);
            return partner.Length > 0
                && GivenParticiple.Contains(WordAfter(chars, NormalizedText.SkipSpaces(chars, afterEnd) + partner.Length));
        }

        if (!after.SequenceEqual("in"))
        {
            return false;
        }

        var next = WordAfter(chars, afterEnd);
        if (HungDeterminer.Contains(next))
        {
            next = WordAfter(chars, NormalizedText.SkipSpaces(chars, afterEnd) + next.Length);
        }

        return HungContainer.Contains(next);
    }

    private static bool DrugHitEndsAt(ClinicalTermCatalog catalog, List<PhraseHit> entityHits, int position)
    {
        foreach (var hit in entityHits)
        {
            if (hit.End == position && catalog.Entities[catalog.Terms[hit.TermId].Entity].Type.IsDrug())
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word after the spaces at position (PegByPostSubject and InfantileSpasmsActh share it).</summary>
    internal static ReadOnlySpan<char> WordAfter(ReadOnlySpan<char> chars, int position)
    {
        var i = NormalizedText.SkipSpaces(chars, position);
        var j = i;
        while (j < chars.Length && NormalizedText.IsWordChar(chars[j]))
        {
            j++;
        }

        return chars[i..j];
    }

    // The word (or a lone "+" or ",") before the spaces that end at position; wordStart is where it starts.
    internal static ReadOnlySpan<char> WordBefore(ReadOnlySpan<char> chars, int position, out int wordStart)
    {
        var j = NormalizedText.SkipSpacesBack(chars, position);
        if (j > 0 && chars[j - 1] is '+' or ',')
        {
            wordStart = j - 1;
            return chars[(j - 1)..j];
        }

        var i = j;
        while (i > 0 && NormalizedText.IsWordChar(chars[i - 1]))
        {
            i--;
        }

        wordStart = i;
        return chars[i..j];
    }
}
