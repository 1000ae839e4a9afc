namespace Sermo.Analytics.Tagging;

/// <summary>
/// A condition said bare in a post about a newborn is the newborn's condition of ICD-10-CM's perinatal chapter (round 39,
/// decision 242): "hyperbilirubinemia" in a NICU or nursery post is neonatal jaundice P59.9, not the adult bilirubin
/// disorder E80.7; "sepsis" there is sepsis of the newborn P36.9, not A41.9. The index sends each
/// word to its newborn entry when the patient is a newborn, and physicians rarely write "neonatal" before it when the
/// post is plainly about a baby, so the post's subject decides, as the post's subject decides "ED" (decision 234).
/// Round 40 (decision 250) adds "pneumothorax" (P25.1) and bare "jaundice" (P59.9), a word no lexicon lists: an adult's
/// jaundice is a sign of the disease named beside it, which the guide leaves bare (round 30) or an event, so the word is
/// read only in a post about a newborn.
/// </summary>
internal static class NewbornConditions
{
    // The bare word as the tagger matched it, and the term of its newborn row (diseases.csv) it becomes.
    private static readonly (string Bare, string Replacement)[] Readings =
    [
        ("hyperbilirubinemia", "neonatal hyperbilirubinemia"),
        ("hyperbilirubinaemia", "neonatal hyperbilirubinaemia"),
        ("sepsis", "neonatal sepsis"),
        ("pneumothorax", "neonatal pneumothorax"),
    ];

    // A bare word no lexicon lists that names the newborn's condition in a post about a newborn, and its newborn row's term.
    private const string BareJaundice = "jaundice";
    private const string NewbornJaundice = "neonatal jaundice";

    // Words that make a post about a newborn.
    private static readonly HashSet<string> NewbornWords = new(StringComparer.Ordinal)
    {
        "newborn", "newborns", "neonate", "neonates", "neonatal", "nicu", "preemie", "preemies", "preterm", "phototherapy",
        "weeker", "baby", "babies", "infant", "infants", "nursery",
    };

    // Read by the word's span, so no word of the post becomes a string.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NewbornWord = NewbornWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a post is about the patient a reading table is for; asked once, and only when a bare hit is found.</summary>
    internal delegate bool PostSubject(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits);

    /// <summary>Whether one standalone occurrence of a bare word, at start..end, is the row's reading there.</summary>
    internal delegate bool WordSite(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits, int start, int end);

    /// <summary>
    /// Replaces, in place, each bare hit of <see cref="Readings"/> by its newborn row's term in a post about a newborn, and
    /// adds bare "jaundice" there.
    /// </summary>
    public static void Relabel(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits)
    {
        RelabelBare(catalog, chars, entityHits, Readings, AboutNewborn);
        AddBareWord(catalog, chars, entityHits, BareJaundice, NewbornJaundice, AboutNewborn);
    }

    /// <summary>
    /// Replaces, in place, each bare hit of <paramref name="readings"/> by its replacement row's term when
    /// <paramref name="subject"/> says the post is about that patient (<see cref="MalePatientConditions"/> shares it).
    /// </summary>
    internal static void RelabelBare(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits, (string Bare, string Replacement)[] readings, PostSubject subject)
    {
        int[]? replacementTerms = null;
        bool? aboutPatient = null;
        for (var i = 0; i < entityHits.Count; i++)
        {
            var hit = entityHits[i];
            var reading = BareReading(chars[hit.Start..hit.End], readings);
            if (reading < 0)
            {
                continue;
            }

            replacementTerms ??= TermIds(catalog, readings);
            if (replacementTerms[reading] >= 0 && (aboutPatient ??= subject(catalog, chars, entityHits)))
            {
                entityHits[i] = hit with { TermId = replacementTerms[reading] };
            }
        }
    }

    /// <summary>
    /// Adds a hit of <paramref name="rowTerm"/>'s row for each standalone <paramref name="bare"/> word no hit holds, when
    /// <paramref name="subject"/> says the post is about that patient and <paramref name="site"/>, when given, accepts the
    /// occurrence (<see cref="SinonasalPolyps"/> and <see cref="CalciumSupplement"/> share it). Cost: one substring search
    /// of the post; the post's subject is read only when the word stands alone and no hit holds it.
    /// </summary>
    internal static void AddBareWord(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits, string bare, string rowTerm, PostSubject subject, WordSite? site = null)
    {
        bool? aboutPatient = null;
        List<PhraseHit>? added = null;
        for (var at = chars.IndexOf(bare, StringComparison.Ordinal); at >= 0;)
        {
            var end = at + bare.Length;
            if ((at == 0 || !NormalizedText.IsWordChar(chars[at - 1])) && (end == chars.Length || !NormalizedText.IsWordChar(chars[end]))
                && !PhraseHits.AnyOverlaps(entityHits, at, end) && (site is null || site(catalog, chars, entityHits, at, end))
                && (aboutPatient ??= subject(catalog, chars, entityHits))
                && catalog.TermIdOf(NormalizedText.NormalizeTerm(rowTerm)) is var termId and >= 0)
            {
                (added ??= []).Add(new PhraseHit(at, end, termId));
            }

            var next = chars[end..].IndexOf(bare, StringComparison.Ordinal);
            at = next < 0 ? -1 : end + next;
        }

        if (added is not null)
        {
            entityHits.AddRange(added);
            entityHits.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>
    /// Whether the post keeps a disease whose code <paramref name="isSubjectCode"/> accepts or says one of
    /// <paramref name="subjectWords"/>: the subject test <see cref="SinonasalPolyps"/> and <see cref="AltitudeSickness"/> share.
    /// </summary>
    internal static bool KeepsDiseaseOrSaysWord(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits, Func<string, bool> isSubjectCode, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> subjectWords)
    {
        foreach (var hit in entityHits)
        {
            var definition = catalog.Entities[catalog.Terms[hit.TermId].Entity];
            if (definition.Type == EntityType.Disease && isSubjectCode(definition.CanonicalId))
            {
                return true;
            }
        }

        foreach (var (start, end) in ConditionWordsInContext.Words(chars))
        {
            if (subjectWords.Contains(chars[start..end]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The catalog's term of each reading's replacement row, -1 when the lexicon lacks it; built only for a post with a bare hit.</summary>
    private static int[] TermIds(ClinicalTermCatalog catalog, (string Bare, string Replacement)[] readings)
    {
        var ids = new int[readings.Length];
        for (var r = 0; r < readings.Length; r++)
        {
            ids[r] = catalog.TermIdOf(NormalizedText.NormalizeTerm(readings[r].Replacement));
        }

        return ids;
    }

    /// <summary>The index of the reading whose bare word the surface is, -1 when none.</summary>
    private static int BareReading(ReadOnlySpan<char> surface, (string Bare, string Replacement)[] readings)
    {
        for (var r = 0; r < readings.Length; r++)
        {
            if (surface.SequenceEqual(readings[r].Bare))
            {
                return r;
            }
        }

        return -1;
    }

    // Another condition of the perinatal chapter (P00-P96), or a newborn word, in the post.
    private static bool AboutNewborn(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits)
    {
        foreach (var hit in entityHits)
        {
            var definition = catalog.Entities[catalog.Terms[hit.TermId].Entity];
            if (definition.Type == EntityType.Disease && definition.CanonicalId is ['P', >= '0' and <= '9', ..])
            {
                return true;
            }
        }

        return HasNewbornWord(chars) && !StatesAgeInMonths(chars);
    }

    // Ages in months past the newborn's first month (round 44, decision 278): "infant" and "baby" cover the first year,
    // and "sepsis at nine months" is no sepsis of the newborn (P36 is the first 28 days).
    private static readonly HashSet<string> MonthCounts = new(StringComparer.Ordinal)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "eighteen",
        "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "18",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthCount = MonthCounts.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "N-month-old", "N months old" or "at N months" with N from 2 to 18: the patient's age, past the newborn period. Read
    /// only for a post with a bare newborn reading, after one substring search for "month".
    /// </summary>
    internal static bool StatesAgeInMonths(ReadOnlySpan<char> chars)
    {
        if (chars.IndexOf("month", StringComparison.Ordinal) < 0)
        {
            return false;
        }

        var words = ConditionWordsInContext.Words(chars);
        for (var w = 1; w < words.Count; w++)
        {
            var unit = chars[words[w].Start..words[w].End];
            if (!(unit.SequenceEqual("month") || unit.SequenceEqual("months")) || !MonthCount.Contains(chars[words[w - 1].Start..words[w - 1].End]))
            {
                continue;
            }

            var old = w + 1 < words.Count && chars[words[w + 1].Start..words[w + 1].End].SequenceEqual("old");
            var at = w >= 2 && chars[words[w - 2].Start..words[w - 2].End].SequenceEqual("at");
            if (old || at)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A newborn word ("NICU", "preemie", "baby", "weeker") or "N-day-old" in the post's normalized text.</summary>
    internal static bool HasNewbornWord(ReadOnlySpan<char> chars)
    {
        if (chars.IndexOf("day old", StringComparison.Ordinal) >= 0 || chars.IndexOf("day-old", StringComparison.Ordinal) >= 0)
        {
            return true;
        }

        foreach (var (start, end) in ConditionWordsInContext.Words(chars))
        {
            if (NewbornWord.Contains(chars[start..end]))
            {
                return true;
            }
        }

        return false;
    }
}
