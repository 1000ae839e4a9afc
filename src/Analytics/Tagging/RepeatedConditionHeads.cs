namespace Sermo.Analytics.Tagging;

/// <summary>
/// A condition's head noun written alone after the post named the whole condition is that condition again (round 51,
/// decision 350): "a digital ulcer ... the ulcer is healing", "peritonsillar abscess ... his second abscess", "Bell's palsy
/// ... palsy in pregnancy", "retinal detachment ... his brother had a detachment". Physicians name the condition once and
/// then write its head; the guide counts every mention and settles the bare heads that refer back ("stones", "ulcers",
/// "fibrosis"). <see cref="ReferringBackHeads"/> reads heads whose antecedent is another word ("exacerbations" of COPD); this
/// step reads the heads that repeat the last word of the condition named before them, whatever that condition is, so a row
/// the next set adds ("X ulcer", "Y abscess") is followed without a table entry. The heads are nouns of a lesion or an
/// event that no row lists alone (bare "abscess" is the generic skin abscess L02.91, which the named one replaces); the
/// code is the nearest such condition's. "Obstruction" and "trait" joined in round 52 (decision 362) once the guide
/// settled their repeats as the named condition again (decision 355: "a complete obstruction" after a malignant bowel
/// obstruction, "trait" alone after sickle cell trait).
/// </summary>
internal static class RepeatedConditionHeads
{
    // Each head's forms; a named condition ending in either form is its antecedent ("digital ulcer ... if ulcers recur").
    // NewWhenCounted: after "a", "an", a count or "new" the head is another lesion of its kind, not the one named ("healed
    // two ulcers", "if an ulcer starts" after digital ulcers; decision 347's reading of ulcers, which long-r48 labels so).
    // NamedBy: when set, the antecedent is the nearest disease whose code it accepts, whatever its words ("glioblastoma ...
    // the tumor"); GenericId: the row the lexicon reads the bare head as, which the named condition replaces.
    private sealed record Head(string[] Forms, bool NewWhenCounted = false, Func<string, bool>? NamedBy = null, string GenericId = GenericAbscess);

    private static readonly Head[] Heads =
    [
        new(["ulcer", "ulcers"], NewWhenCounted: true), new(["abscess", "abscesses"]), new(["detachment"]), new(["palsy"]),
        new(["rupture"]), new(["storm"]), new(["cyst", "cysts"]), new(["aneurysm", "aneurysms"]), new(["effusion", "effusions"]),
        new(["hematoma", "hematomas"]), new(["dissection"]), new(["fibrosis"]), new(["obstruction"]), new(["trait"]),
        // Round 52 (decision 367): "tumor" said again is the post's named tumour, whatever words named it (decision 364);
        // "a tumor" or "new tumors" is another one, and a tumour named only by a class word ("the cancer", C80.1) gives no
        // code. British "tumour" is the class row C80.1 alone, which the named tumour replaces.
        new(["tumor", "tumors", "tumour", "tumours"], NewWhenCounted: true, NamedBy: IsNamedNeoplasm, GenericId: UnnamedCancer),
    ];

    // The rows the lexicon reads a bare head as, which the named condition replaces.
    private const string GenericAbscess = "L02.91";
    private const string UnnamedCancer = "C80.1";

    // Words that may stand before a repeated head: articles, possessives, counts and states of the same lesion. Any other
    // word names another lesion ("a skin abscess", "a pilonidal cyst") or a site, which the named condition may not share.
    private static readonly HashSet<string> WordsBefore = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "this", "that", "his", "her", "their", "its", "my", "our", "your", "no", "any", "another", "new",
        "second", "third", "recurrent", "repeat", "same", "further", "one", "two", "three", "first", "complete", "small",
        "large", "big", "healing", "healed", "active", "prior", "previous", "old", "each", "more", "of", "for", "with",
        "without", "after", "before", "from", "to", "and", "or", "but", "had", "has", "have", "is", "was", "since", "than",
        "in", "on", "by", "about", "residual", "persistent", "contained", "if", "when", "while", "as", "so", "because", "at",
        "not", "until", "also", "",
    };

    // A noun after the head that makes it a modifier of a procedure, a test or a risk ("aneurysm repair", "ulcer
    // prophylaxis", "cyst fluid"): the guide leaves a procedure named by its disease unannotated.
    private static readonly HashSet<string> NounsAfter = new(StringComparer.Ordinal)
    {
        "repair", "repairs", "coiling", "clipping", "surgery", "drainage", "drain", "prophylaxis", "prevention", "screening",
        "screen", "risk", "risks", "clinic", "protocol", "precautions", "size", "wall", "neck", "sac", "fluid", "cavity",
        "rate", "rates", "care", "team", "kit", "plan", "workup", "scan", "scans", "aspiration", "excision", "resection",
        "series",
        // What a tumour's name only modifies (decision 364): the board, markers, burden, response, cells, a lysis event.
        "board", "boards", "marker", "markers", "burden", "response", "ingrowth", "harvest", "lysis", "cell", "cells", "volume",
        "bed", "debulking", "ligation", "biopsy", "grade", "load", "thrombus", "genomics", "sequencing", "microenvironment", "necrosis",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WordBefore = WordsBefore.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NounAfter = NounsAfter.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Adds the named condition's row for each standalone head no hit holds (or that only the generic abscess row holds)
    /// when a disease of two or more words ending in the head was named before it. Cost: one substring search per head
    /// form; the hits are read only where a head stands alone.
    /// </summary>
    public static void Add(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits)
    {
        List<PhraseHit>? added = null;
        foreach (var head in Heads)
        {
            var forms = head.Forms;
            foreach (var form in forms)
            {
                for (var at = chars.IndexOf(form, StringComparison.Ordinal); at >= 0;)
                {
                    var end = at + form.Length;
                    if (ReferringBackHeads.StandsAlone(chars, at, end) && Antecedent(catalog, chars, entityHits, head, at) is var termId and >= 0
                        && WordBefore.Contains(NormalizedText.PreviousWord(chars, at, out _)) && !NounAfter.Contains(NextWord(chars, end))
                        && !(head.NewWhenCounted && ReferringBackHeads.AfterCountingWord(chars, at)))
                    {
                        var generic = ReferringBackHeads.GenericHit(catalog, entityHits, head.GenericId, at, end);
                        if (generic >= 0)
                        {
                            entityHits[generic] = entityHits[generic] with { TermId = termId };
                        }
                        else if (!PhraseHits.AnyOverlaps(entityHits, at, end))
                        {
                            (added ??= []).Add(new PhraseHit(at, end, termId));
                        }
                    }

                    var next = chars[end..].IndexOf(form, StringComparison.Ordinal);
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

    private static ReadOnlySpan<char> NextWord(ReadOnlySpan<char> chars, int end)
    {
        var start = NormalizedText.SkipSpaces(chars, end);
        var wordEnd = start;
        while (wordEnd < chars.Length && NormalizedText.IsWordChar(chars[wordEnd]))
        {
            wordEnd++;
        }

        return chars[start..wordEnd];
    }

    // A neoplasm's code (C00-D49) other than the class row "cancer" C80.1: the tumour the post named.
    private static bool IsNamedNeoplasm(string id) =>
        id != UnnamedCancer && id.Length >= 3 && (id[0] == 'C' || (id[0] == 'D' && id[1] is >= '0' and <= '4' && char.IsAsciiDigit(id[2])));

    // The term of the nearest disease hit before the head that the head's NamedBy accepts, or else whose words are two or
    // more and end in one of the head's forms; -1 when none.
    private static int Antecedent(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits, Head head, int start)
    {
        var forms = head.Forms;
        for (var i = entityHits.Count - 1; i >= 0; i--)
        {
            var hit = entityHits[i];
            var definition = catalog.Entities[catalog.Terms[hit.TermId].Entity];
            if (hit.End > start || definition.Type != EntityType.Disease)
            {
                continue;
            }

            if (head.NamedBy is { } namedBy)
            {
                if (namedBy(definition.CanonicalId))
                {
                    return hit.TermId;
                }

                continue;
            }

            var surface = chars[hit.Start..hit.End];
            var lastSpace = surface.LastIndexOf(' ');
            if (lastSpace <= 0)
            {
                continue;
            }

            foreach (var form in forms)
            {
                if (surface[(lastSpace + 1)..].SequenceEqual(form))
                {
                    return hit.TermId;
                }
            }
        }

        return -1;
    }
}
