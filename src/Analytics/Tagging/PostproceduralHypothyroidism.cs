namespace Sermo.Analytics.Tagging;

/// <summary>
/// Bare "hypothyroidism" is the postprocedural hypothyroidism E89.0 (the index's Hypothyroidism, postirradiation or
/// postsurgical) when the words after it name the procedure that caused it ("mild hypothyroidism after RAI",
/// "hypothyroidism from the neck radiation", "hypothyroid after her thyroid surgery") or when the post has already named
/// it so ("Post-radiation hypothyroidism ... so hypothyroidism it was"): physicians name the cause once and then write the
/// bare word (decision 359). Decision 359 took the first reading back while the sets split on it; decision 364 settled it
/// as E89.0 and decision 367 restores it, adding the two-word causes ("radioactive iodine", "total thyroidectomy"). A drug
/// or no cause keeps the lexicon's E03.9.
/// </summary>
internal static class PostproceduralHypothyroidism
{
    // The noun and the adjective the E03.9 row reads alone ("hypothyroid after RAI").
    private static readonly string[] Bare = ["hypothyroidism", "hypothyroid"];
    private const string GeneralCode = "E03.9";
    private const string PostproceduralCode = "E89.0";
    private const string PostproceduralTerm = "postprocedural hypothyroidism";

    // Words after the bare word that join it to its cause; "the", "her", "radioactive" or "thyroid" may stand between the
    // joiner and the procedure.
    private static readonly HashSet<string> CauseJoiners = new(StringComparer.Ordinal) { "after", "from", "post", "following" };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "her", "his", "their", "a", "neck", "radioactive", "thyroid", "total", "prior", "earlier", "previous", "recent",
    };

    private static readonly HashSet<string> Procedures = new(StringComparer.Ordinal)
    {
        "rai", "radioiodine", "radiation", "radiotherapy", "irradiation", "thyroidectomy", "lobectomy", "ablation", "i131", "surgery",
        "iodine", "hemithyroidectomy", "radioablation",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CauseJoiner = CauseJoiners.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiner = Determiners.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Procedure = Procedures.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Relabels, in place, each bare "hypothyroidism" or "hypothyroid" hit read as E03.9 whose cause is named. Cost: one pass over the hits.</summary>
    public static void Relabel(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits)
    {
        var firstNamed = int.MaxValue;
        foreach (var hit in entityHits)
        {
            if (IsDiseaseWithCode(catalog, hit, PostproceduralCode))
            {
                firstNamed = Math.Min(firstNamed, hit.Start);
            }
        }

        var postproceduralTerm = -2;
        for (var i = 0; i < entityHits.Count; i++)
        {
            var hit = entityHits[i];
            if (!IsDiseaseWithCode(catalog, hit, GeneralCode) || !IsBare(chars[hit.Start..hit.End])
                || (hit.Start <= firstNamed && !CauseFollows(chars, hit.End)))
            {
                continue;
            }

            if (postproceduralTerm == -2)
            {
                postproceduralTerm = catalog.TermIdOf(NormalizedText.NormalizeTerm(PostproceduralTerm));
            }

            if (postproceduralTerm < 0)
            {
                return;
            }

            entityHits[i] = hit with { TermId = postproceduralTerm };
        }
    }

    private static bool IsBare(ReadOnlySpan<char> surface) => surface.SequenceEqual(Bare[0]) || surface.SequenceEqual(Bare[1]);

    private static bool IsDiseaseWithCode(ClinicalTermCatalog catalog, PhraseHit hit, string code)
    {
        var definition = catalog.Entities[catalog.Terms[hit.TermId].Entity];
        return definition.Type == EntityType.Disease && definition.CanonicalId == code;
    }

    // "after RAI", "from the radiation", "post thyroidectomy", "following her neck radiation".
    private static bool CauseFollows(ReadOnlySpan<char> chars, int end)
    {
        var word = GivenBareDrugs.WordAfter(chars, end);
        if (!CauseJoiner.Contains(word))
        {
            return false;
        }

        var position = NormalizedText.SkipSpaces(chars, end) + word.Length;
        for (var skipped = 0; skipped < 4; skipped++)
        {
            word = GivenBareDrugs.WordAfter(chars, position);
            if (Procedure.Contains(word))
            {
                return true;
            }

            if (!Determiner.Contains(word))
            {
                return false;
            }

            position = NormalizedText.SkipSpaces(chars, position) + word.Length;
        }

        return false;
    }
}
