namespace Sermo.Analytics.Tagging;

/// <summary>
/// A bare head that refers back to a condition the post has named is that condition's episode (round 44, decision 281;
/// the guide's "Labels settled in round 44", extending round 32's "stones"): "COPD ... two exacerbations last year" is
/// J44.1, "sickle cell disease, four crises a year" D57.00, "kidney stones ... no new stones" N20.0. Physicians name the
/// disease once and then write the head alone. The head is read only after the post has named the full condition
/// (the nearest such condition before it decides the code) and never alone, so "the crisis kit" in a post naming no
/// myasthenia or sickle cell disease, or "stones" after gallstones, stay unread. Decision 278's "renal crisis" after a
/// scleroderma renal crisis and "acidosis" after a renal tubular acidosis (read E87.2 before) follow the same rule.
/// </summary>
internal static class ReferringBackHeads
{
    // A head word, and for each condition it can refer back to: the codes that name it and the term of the episode's row.
    private sealed record Antecedent(Func<string, bool> Names, string? EpisodeTerm);

    // GenericId: the row a lexicon already reads the bare head as ("acidosis" E87.2), which the named condition replaces.
    // NewWhenCounted: after "a", "an", "another" or a count the head is a new one of its kind, not the one named ("two
    // ulcers healed", "if an ulcer threatens a finger" in a post that named digital ulcers).
    private sealed record Head(string[] Words, Antecedent[] Antecedents, string? GenericId = null, bool NewWhenCounted = false);

    private static readonly Head[] Heads =
    [
        new(["exacerbations", "exacerbation"],
        [
            // Round 48 (decision 316): emphysema (J43) and chronic bronchitis (J41, J42) are the COPD phenotypes a pulmonologist
            // names instead of COPD; their exacerbations are COPD's (J44.1 in two readable sets).
            new(static id => id.StartsWith("J44", StringComparison.Ordinal) || id.StartsWith("J43", StringComparison.Ordinal)
                || id.StartsWith("J41", StringComparison.Ordinal) || id.StartsWith("J42", StringComparison.Ordinal), "copd exacerbations"),
            new(static id => id.StartsWith("J47", StringComparison.Ordinal), "bronchiectasis exacerbations"),
        ]),
        new(["crises", "crisis"],
        [
            new(static id => id.StartsWith("G70.0", StringComparison.Ordinal), "myasthenic crisis"),
            new(static id => id.StartsWith("D57", StringComparison.Ordinal), "sickle cell crisis"),
        ]),
        new(["stones", "stone"],
        [
            new(static id => id.StartsWith("N20.1", StringComparison.Ordinal), "ureteral stones"),
            // Nephrolithiasis, or a stone-forming disease (cystinuria, primary hyperoxaluria) whose stones are the kidney's.
            new(static id => id is "N20.0" or "N20.2" or "N20.9" or "E72.01" or "E72.53", "kidney stones"),
            // Gallstones named nearer: the stones are the gallbladder's, and round 32's rule is the kidney's.
            new(static id => id.StartsWith("K80", StringComparison.Ordinal), null),
        ]),
        new(["renal crisis"], [new(static id => id == "M34.89", "scleroderma renal crisis")]),
        // "Distal RTA ... potassium citrate covers the acidosis": the tubular acidosis named, not a metabolic acidosis E87.2.
        new(["acidosis"], [new(static id => id == "N25.89", "renal tubular acidosis")], GenericId: "E87.2"),
        // Round 47 (decision 307): three heads several sets' authors write alone after naming the disease they belong to.
        // "Crohn's on Stelara ... seton placed for a fistula": the perianal fistula of Crohn's disease.
        new(["fistula"], [new(static id => id.StartsWith("K50", StringComparison.Ordinal) || id.StartsWith("K60.3", StringComparison.Ordinal), "perianal fistula")]),
        // "Kawasaki ... echo shows a small aneurysm in the LAD": the coronary aneurysm Kawasaki disease causes.
        new(["aneurysms", "aneurysm"], [new(static id => id == "M30.3", "coronary aneurysm")]),
        // "SAH, coiled ... day 7 vasospasm": the cerebral vasospasm after a subarachnoid haemorrhage.
        new(["vasospasm"], [new(static id => id.StartsWith("I60", StringComparison.Ordinal), "cerebral vasospasm")]),
        // Round 51 (decision 347): "a digital ulcer ... the ulcer is healing", "Diabetic foot ulcer ... the ulcer is 30%
        // smaller": the named ulcer said again by its head (three readable sets).
        new(["ulcers", "ulcer"],
        [
            new(static id => id == "E11.621", "diabetic foot ulcer"),
            new(static id => id == "L98.499", "digital ulcer"),
        ], NewWhenCounted: true),
    ];

    // A word before the head that makes it another condition's or no condition's ("cholinergic crisis" in a myasthenia
    // post, "bile duct stone" in a kidney stone post, "financial crisis").
    private static readonly HashSet<string> OtherKindWords = new(StringComparer.Ordinal)
    {
        "cholinergic", "hypertensive", "adrenal", "addisonian", "thyroid", "renal", "scleroderma", "aplastic", "hemolytic",
        "haemolytic", "sequestration", "blast", "hyperglycemic", "hypercalcemic", "oculogyric", "financial", "mental", "opioid",
        "housing", "midlife", "identity", "gall", "bile", "duct", "cbd", "salivary", "pancreatic", "bladder", "tonsil", "pulp",
        "asthma", "ms", "ipf", "ild", "crohn", "uc", "eczema", "psoriasis", "hf", "chf",
        // A dialysis access or another organ's fistula, another artery's aneurysm (decision 307).
        "av", "arteriovenous", "dialysis", "access", "arm", "brachiocephalic", "radiocephalic", "brachiobasilic", "rectovaginal",
        "enterovesical", "colovesical", "vesicovaginal", "enteroenteric", "enterocutaneous", "aortic", "abdominal", "brain",
        "cerebral", "intracranial", "berry", "ventricular", "lv", "iliac", "popliteal", "femoral", "splenic", "pcomm", "acom",
        "coronary",
        // Another kind of ulcer than the one named (decision 347).
        "peptic", "stress", "pressure", "venous", "arterial", "aphthous", "mouth", "oral", "corneal", "gastric", "duodenal",
        "marginal", "decubitus", "genital",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherKindWord = OtherKindWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // A noun after the head that makes it a modifier of a test or a risk, not the patient's episode ("stone analysis",
    // "raises stone risk", "a stone clinic").
    private static readonly HashSet<string> ModifiedNouns = new(StringComparer.Ordinal)
    {
        "analysis", "analyses", "risk", "risks", "formation", "former", "formers", "prevention", "clinic", "protocol",
        "composition", "scan", "scans", "workup", "kit", "plan", "team", "line", "hotline", "management", "data", "drainage",
        "window", "prophylaxis",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ModifiedNoun = ModifiedNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> CountingWords = new(StringComparer.Ordinal)
    {
        "a", "an", "another", "one", "two", "three", "four", "five", "several", "multiple", "many", "new", "more", "few",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CountingWord = CountingWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Adds the episode's row for each standalone head no hit holds when the post named its condition before it. Cost: one
    /// substring search per head word; the hits are read only where a head stands alone.
    /// </summary>
    public static void Add(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits)
    {
        List<PhraseHit>? added = null;
        foreach (var head in Heads)
        {
            foreach (var word in head.Words)
            {
                for (var at = chars.IndexOf(word, StringComparison.Ordinal); at >= 0;)
                {
                    var end = at + word.Length;
                    var generic = head.GenericId is null ? -1 : GenericHit(catalog, entityHits, head.GenericId, at, end);
                    if (StandsAlone(chars, at, end) && (generic >= 0 || !PhraseHits.AnyOverlaps(entityHits, at, end)) && !AfterOtherKind(chars, at) && !BeforeModifiedNoun(chars, end)
                        && !(head.NewWhenCounted && AfterCountingWord(chars, at))
                        && EpisodeTerm(catalog, chars, entityHits, head, at) is { } term && catalog.TermIdOf(NormalizedText.NormalizeTerm(term)) is var termId and >= 0)
                    {
                        if (generic >= 0)
                        {
                            entityHits[generic] = entityHits[generic] with { TermId = termId };
                        }
                        else
                        {
                            (added ??= []).Add(new PhraseHit(at, end, termId));
                        }
                    }

                    var next = chars[end..].IndexOf(word, StringComparison.Ordinal);
                    at = next < 0 ? -1 : end + next;
                }
            }
        }

        if (added is not null)
        {
            entityHits.AddRange(added);
            entityHits.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }
    }

    // The index of the hit that reads exactly start..end as the generic row, -1 when none (RepeatedConditionHeads shares it).
    internal static int GenericHit(ClinicalTermCatalog catalog, List<PhraseHit> entityHits, string genericId, int start, int end)
    {
        for (var i = 0; i < entityHits.Count; i++)
        {
            var hit = entityHits[i];
            if (hit.Start == start && hit.End == end && catalog.Entities[catalog.Terms[hit.TermId].Entity].CanonicalId == genericId)
            {
                return i;
            }
        }

        return -1;
    }

    internal static bool StandsAlone(ReadOnlySpan<char> chars, int start, int end) =>
        (start == 0 || !NormalizedText.IsWordChar(chars[start - 1])) && (end == chars.Length || !NormalizedText.IsWordChar(chars[end]));

    // The word just before the head names another kind of episode ("cholinergic crisis", "bile duct stone").
    private static bool AfterOtherKind(ReadOnlySpan<char> chars, int start)
    {
        var wordEnd = start;
        while (wordEnd > 0 && chars[wordEnd - 1] is ' ' or '-')
        {
            wordEnd--;
        }

        var wordStart = wordEnd;
        while (wordStart > 0 && NormalizedText.IsWordChar(chars[wordStart - 1]))
        {
            wordStart--;
        }

        return wordEnd < start && OtherKindWord.Contains(chars[wordStart..wordEnd]);
    }

    // The word just before the head counts it or brings in a new one (RepeatedConditionHeads shares it).
    internal static bool AfterCountingWord(ReadOnlySpan<char> chars, int start)
    {
        var word = GivenBareDrugs.WordBefore(chars, start, out _);
        return CountingWord.Contains(word) || (!word.IsEmpty && char.IsAsciiDigit(word[0]));
    }

    // The word just after the head is a noun it modifies.
    private static bool BeforeModifiedNoun(ReadOnlySpan<char> chars, int end)
    {
        var wordStart = end;
        while (wordStart < chars.Length && chars[wordStart] is ' ' or '-')
        {
            wordStart++;
        }

        var wordEnd = wordStart;
        while (wordEnd < chars.Length && NormalizedText.IsWordChar(chars[wordEnd]))
        {
            wordEnd++;
        }

        return wordStart > end && ModifiedNoun.Contains(chars[wordStart..wordEnd]);
    }

    // The episode term of the nearest disease hit before the head that one of its antecedents names; null when none, or
    // when another disease is written right before the head ("ILD exacerbation" in a COPD post is the ILD's): the
    // antecedent itself may be ("sickle cell disease crisis").
    private static string? EpisodeTerm(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits, Head head, int start)
    {
        for (var i = entityHits.Count - 1; i >= 0; i--)
        {
            var hit = entityHits[i];
            if (hit.End > start)
            {
                continue;
            }

            var definition = catalog.Entities[catalog.Terms[hit.TermId].Entity];
            var adjacent = chars[hit.End..start].Trim(" -").IsEmpty;
            if (definition.Type != EntityType.Disease)
            {
                if (adjacent && definition.Type == EntityType.AdverseEvent)
                {
                    return null;
                }

                continue;
            }

            foreach (var antecedent in head.Antecedents)
            {
                if (antecedent.Names(definition.CanonicalId))
                {
                    return antecedent.EpisodeTerm;
                }
            }

            if (adjacent)
            {
                return null;
            }
        }

        return null;
    }
}
