namespace Sermo.Analytics.Tagging;

/// <summary>
/// Bare "PD" in a dialysis post is peritoneal dialysis, not Parkinson's disease G20 (round 44, decision 281; decision 278
/// left it): "61F on PD", "PD patient with cloudy effluent". Nephrologists write the letters for the modality, which the
/// guide leaves bare as a status (decision 130), so the reading is dropped once the post is about dialysis and names
/// nothing of Parkinson's, as the post's subject decides "APAP" (<see cref="AutoPapDevice"/>).
/// </summary>
internal static class PeritonealDialysisPd
{
    private const string BarePd = "pd";
    private const string ParkinsonsId = "G20";

    // Words that make a post about dialysis.
    private static readonly HashSet<string> DialysisWords = new(StringComparer.Ordinal)
    {
        "dialysis", "hemodialysis", "haemodialysis", "peritoneal", "effluent", "dialysate", "cycler", "icodextrin", "esrd", "eskd",
        "calciphylaxis", "exchanges", "capd", "apd",
    };

    // Words of a Parkinson's post: with any, the letters keep the disease.
    private static readonly HashSet<string> ParkinsonWords = new(StringComparer.Ordinal)
    {
        "parkinson", "parkinsons", "parkinsonism", "levodopa", "carbidopa", "sinemet", "rytary", "tremor", "dyskinesia",
        "dyskinesias", "pramipexole", "ropinirole", "rasagiline", "selegiline", "safinamide", "opicapone", "entacapone", "dbs",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DialysisWord = DialysisWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ParkinsonWord = ParkinsonWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Drops, in place, each bare "PD" hit read as Parkinson's in a dialysis post. Reads the post's words only when such a hit exists.</summary>
    public static void Drop(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits)
    {
        bool? aboutDialysis = null;
        for (var i = entityHits.Count - 1; i >= 0; i--)
        {
            var hit = entityHits[i];
            if (chars[hit.Start..hit.End].SequenceEqual(BarePd) && catalog.Entities[catalog.Terms[hit.TermId].Entity].CanonicalId == ParkinsonsId
                && (aboutDialysis ??= AboutDialysis(chars)))
            {
                entityHits.RemoveAt(i);
            }
        }
    }

    // A dialysis word and no Parkinson's word; "parkinson's" reads as the word "parkinson" and "s".
    private static bool AboutDialysis(ReadOnlySpan<char> chars)
    {
        var dialysis = false;
        foreach (var (start, end) in ConditionWordsInContext.Words(chars))
        {
            var word = chars[start..end];
            if (ParkinsonWord.Contains(word))
            {
                return false;
            }

            dialysis |= DialysisWord.Contains(word);
        }

        return dialysis;
    }
}
