namespace Sermo.Analytics.Tagging;

/// <summary>
/// Everyday words that name a condition only in a context the lexicon cannot list (round 37, decision 234):
/// "ED" is the emergency department on most pages and erectile dysfunction in a post about erections ("ED in a 58M on
/// nitrates who wants Cialis", "ED after prostatectomy"); "cold" is a temperature on most pages and the common cold as
/// an illness someone has ("took Sudafed for a cold and", "It is a cold.", "the same cold last week"). Each is read as the
/// condition only in that context, so a plain "sent to the ED" or "a cold left leg" stays unread.
/// </summary>
internal static class ConditionWordsInContext
{
    // Words that make a post about erections: its drugs are read from the PDE5 inhibitor class and these.
    private static readonly HashSet<string> ErectionWords = new(StringComparer.Ordinal)
    {
        "erectile", "erection", "erections", "libido", "prostatectomy", "penile", "priapism", "alprostadil", "trimix",
    };

    // "the ED", "to ED", "in ED": the department.
    private static readonly HashSet<string> DepartmentWordsBefore = new(StringComparer.Ordinal)
    {
        "the", "to", "in", "at", "via", "per", "an", "our", "from", "local",
    };

    // "ED visit", "ED doc": the department as a modifier.
    private static readonly HashSet<string> DepartmentWordsAfter = new(StringComparer.Ordinal)
    {
        "visit", "visits", "doc", "docs", "doctor", "doctors", "physician", "physicians", "nurse", "nurses", "triage",
        "stay", "course", "note", "notes", "bounce", "bounces", "return", "returns", "provider", "providers", "team",
        "attending", "workup", "admission", "boarding", "shift", "staff", "wait", "colleague", "colleagues", "records",
    };

    // What follows the illness "a cold": a sentence's end or a word that does not start a noun phrase ("a cold left leg").
    private static readonly HashSet<string> WordsAfterTheIllness = new(StringComparer.Ordinal)
    {
        "and", "or", "but", "that", "which", "last", "this", "since", "for", "with", "is", "was", "going", "now", "then",
        "so", "did", "does", "after", "before", "when", "while", "plus", "yesterday", "today", "again", "turned", "became",
    };

    // "a cold", "the same cold", "her cold": a word that makes "cold" a noun someone has.
    private static readonly HashSet<string> IllnessDeterminers = new(StringComparer.Ordinal)
    {
        "a", "same", "bad", "nasty", "his", "her", "their", "this",
    };

    // "out in the cold", "exposure to the cold": the temperature.
    private static readonly HashSet<string> TemperatureWordsBeforeThe = new(StringComparer.Ordinal)
    {
        "in", "into", "to", "of", "out", "from",
    };

    /// <summary>Adds a hit for each "ED" or "cold" that names the condition in its context; keeps the list sorted.</summary>
    public static void Add(ClinicalTermCatalog catalog, NormalizedText normalized, List<PhraseHit> entityHits)
    {
        var chars = normalized.Chars;
        // Most posts hold neither word: skip them before any word is split or any string is made.
        if (!normalized.Original.Contains("ED", StringComparison.Ordinal) && chars.IndexOf("cold", StringComparison.Ordinal) < 0)
        {
            return;
        }

        var erectileDysfunction = catalog.TermIdOf(NormalizedText.NormalizeTerm("erectile dysfunction"));
        // "head cold" is the disease row's own term: "common cold" is also the upper respiratory infection event's.
        var commonCold = catalog.TermIdOf(NormalizedText.NormalizeTerm("head cold"));
        var words = Words(chars);
        List<PhraseHit>? added = null;
        bool? aboutErections = null;
        for (var w = 0; w < words.Count; w++)
        {
            var (start, end) = words[w];
            var word = chars[start..end];
            if (!word.SequenceEqual("ed") && !word.SequenceEqual("cold"))
            {
                continue;
            }

            var before = w > 0 ? chars[words[w - 1].Start..words[w - 1].End].ToString() : string.Empty;
            var after = w + 1 < words.Count && OnlySpacesBetween(chars, end, words[w + 1].Start)
                ? chars[words[w + 1].Start..words[w + 1].End].ToString()
                : string.Empty;
            var termId = -1;
            if (erectileDysfunction >= 0 && word.SequenceEqual("ed")
                && normalized.Original.AsSpan(normalized.OriginalStart(start), normalized.OriginalEnd(end) - normalized.OriginalStart(start)).SequenceEqual("ED")
                && !DepartmentWordsBefore.Contains(before) && !DepartmentWordsAfter.Contains(after)
                && (aboutErections ??= AboutErections(catalog, chars, words, entityHits)))
            {
                termId = erectileDysfunction;
            }
            else if (commonCold >= 0 && word.SequenceEqual("cold") && IsTheIllness(chars, words, w, before, after, end))
            {
                termId = commonCold;
            }

            if (termId >= 0 && !PhraseHits.AnyOverlaps(entityHits, start, end))
            {
                (added ??= []).Add(new PhraseHit(start, end, termId));
            }
        }

        if (added is not null)
        {
            entityHits.AddRange(added);
            entityHits.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }
    }

    private static bool AboutErections(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<(int Start, int End)> words, List<PhraseHit> entityHits)
    {
        var members = catalog.ClassMembers.TryGetValue("pde5-inhibitor", out var set) ? set : [];
        foreach (var hit in entityHits)
        {
            var id = catalog.Entities[catalog.Terms[hit.TermId].Entity].CanonicalId;
            if (id == "pde5-inhibitor" || id == "N52.9" || members.Contains(id))
            {
                return true;
            }
        }

        foreach (var (start, end) in words)
        {
            if (ErectionWords.Contains(chars[start..end].ToString()))
            {
                return true;
            }
        }

        return false;
    }

    // "a cold", "the same cold" or "the cold" (not "in the cold"), then the sentence's end, a comma or a word that starts no noun phrase.
    private static bool IsTheIllness(ReadOnlySpan<char> chars, List<(int Start, int End)> words, int w, string before, string after, int end)
    {
        if (before == "the")
        {
            var beforeThe = w > 1 ? chars[words[w - 2].Start..words[w - 2].End].ToString() : string.Empty;
            if (TemperatureWordsBeforeThe.Contains(beforeThe))
            {
                return false;
            }
        }
        else if (!IllnessDeterminers.Contains(before))
        {
            return false;
        }

        var next = end;
        while (next < chars.Length && chars[next] == ' ')
        {
            next++;
        }

        return next >= chars.Length || chars[next] is '.' or ',' or ';' or ':' or '!' or '?' or ')' || WordsAfterTheIllness.Contains(after);
    }

    private static bool OnlySpacesBetween(ReadOnlySpan<char> chars, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (chars[i] != ' ')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The post's words as (start, end) spans of the normalized text; NewbornConditions reads them too.</summary>
    internal static List<(int Start, int End)> Words(ReadOnlySpan<char> chars)
    {
        var words = new List<(int Start, int End)>();
        var wordStart = -1;
        for (var i = 0; i <= chars.Length; i++)
        {
            var wordChar = i < chars.Length && NormalizedText.IsWordChar(chars[i]);
            if (wordChar && wordStart < 0)
            {
                wordStart = i;
            }
            else if (!wordChar && wordStart >= 0)
            {
                words.Add((wordStart, i));
                wordStart = -1;
            }
        }

        return words;
    }
}
