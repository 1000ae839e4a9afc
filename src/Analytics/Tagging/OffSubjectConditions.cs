namespace Sermo.Analytics.Tagging;

/// <summary>
/// Two bare readings the post's subject rules out (round 42, decision 264). "Pain crisis" is listed as the sickle cell
/// crisis D57.00, as sickle cell posts write it, but in a cancer or post-operative post it is uncontrolled pain, which
/// the guide leaves bare (r24, long-r39). A bare "infarct" is listed as a myocardial infarction I21.9 ("MR after the
/// infarct"), but in a post that keeps a stroke (I60-I69) it is the brain's infarct, which no readable set labels as the
/// heart's (r7, long-r39). Both are dropped there, as a newborn post decides a newborn code (<see cref="NewbornConditions"/>).
/// Round 43 (decision 269) adds a relabel: "DM1", "DM2" and bare "DM" are listed as diabetes, but in a post that names
/// myotonic dystrophy (or myotonia, Steinert) neurologists write them for the dystrophy's types, G71.11 (long-r40).
/// </summary>
internal static class OffSubjectConditions
{
    private const string SickleCrisisId = "D57.00";
    private const string MyocardialInfarctionId = "I21.9";

    // A post that gives a stroke lytic is about the brain even when it names no stroke ("gave tPA ... MRI showed no
    // infarct" in a stroke mimic, decision 337): the infarct it rules out is the brain's.
    private static readonly HashSet<string> StrokeLyticIds = new(StringComparer.Ordinal) { "alteplase", "tenecteplase", "thrombolytic" };

    private static readonly string[] PainCrisisSurfaces = ["pain crisis", "pain crises"];

    // Words that make a post about sickle cell disease even when no other D57 row is kept.
    private static readonly HashSet<string> SickleWords = new(StringComparer.Ordinal) { "sickle", "scd", "hbss", "hbsc", "voc", "vocs" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SickleWord = SickleWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private const string MyotonicDystrophyId = "G71.11";

    // The diabetes abbreviation as the tagger matched it, and the term of the myotonic dystrophy row (diseases.csv) it becomes.
    private static readonly (string Bare, string Replacement)[] MyotonicReadings =
    [
        ("dm1", "myotonic dystrophy type 1"),
        ("dm2", "myotonic dystrophy type 2"),
        ("dm", "myotonic dystrophy"),
    ];

    // Words that make a post about myotonic dystrophy even when the row itself is not written out.
    private static readonly string[] MyotonicWords = ["myotonic", "myotonia", "steinert"];

    /// <summary>
    /// Drops "pain crisis" outside a sickle cell post and bare "infarct" in a stroke post, and reads "DM1", "DM2" and "DM"
    /// as myotonic dystrophy in a post about it.
    /// </summary>
    public static void Resolve(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits)
    {
        NewbornConditions.RelabelBare(catalog, chars, entityHits, MyotonicReadings, AboutMyotonicDystrophy);
        bool? aboutSickleCell = null, aboutStroke = null;
        for (var i = entityHits.Count - 1; i >= 0; i--)
        {
            var hit = entityHits[i];
            var id = IdOf(catalog, hit);
            var surface = chars[hit.Start..hit.End];
            var drop = id == SickleCrisisId && IsAny(surface, PainCrisisSurfaces) && !(aboutSickleCell ??= AboutSickleCell(catalog, chars, entityHits))
                || id == MyocardialInfarctionId && surface.SequenceEqual("infarct") && (aboutStroke ??= AboutStroke(catalog, entityHits));
            if (drop)
            {
                entityHits.RemoveAt(i);
            }
        }
    }

    private static string IdOf(ClinicalTermCatalog catalog, PhraseHit hit) => catalog.Entities[catalog.Terms[hit.TermId].Entity].CanonicalId;

    private static bool IsAny(ReadOnlySpan<char> surface, string[] surfaces)
    {
        foreach (var candidate in surfaces)
        {
            if (surface.SequenceEqual(candidate))
            {
                return true;
            }
        }

        return false;
    }

    // Another sickle cell row (D57) than a pain crisis, or a sickle word.
    private static bool AboutSickleCell(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits)
    {
        foreach (var hit in entityHits)
        {
            if (IdOf(catalog, hit) is ['D', '5', '7', ..] && !IsAny(chars[hit.Start..hit.End], PainCrisisSurfaces))
            {
                return true;
            }
        }

        foreach (var (start, end) in ConditionWordsInContext.Words(chars))
        {
            if (SickleWord.Contains(chars[start..end]))
            {
                return true;
            }
        }

        return false;
    }

    // The myotonic dystrophy row kept in the post, or a myotonia word.
    private static bool AboutMyotonicDystrophy(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits)
    {
        foreach (var hit in entityHits)
        {
            if (IdOf(catalog, hit) == MyotonicDystrophyId)
            {
                return true;
            }
        }

        foreach (var word in MyotonicWords)
        {
            if (chars.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    // A cerebrovascular disease (I60-I69) kept in the post.
    private static bool AboutStroke(ClinicalTermCatalog catalog, List<PhraseHit> entityHits)
    {
        foreach (var hit in entityHits)
        {
            var definition = catalog.Entities[catalog.Terms[hit.TermId].Entity];
            if ((definition.Type == EntityType.Disease && definition.CanonicalId is ['I', '6', >= '0' and <= '9', ..])
                || (definition.Type.IsDrug() && StrokeLyticIds.Contains(definition.CanonicalId)))
            {
                return true;
            }
        }

        return false;
    }
}
