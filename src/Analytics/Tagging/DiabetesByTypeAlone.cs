namespace Sermo.Analytics.Tagging;

/// <summary>
/// Diabetes written by its type alone (round 39, decision 244): "his father has type 2", "a new type 1 at 30", "Type 2 for
/// a decade", "in a type 1 with a pump". "Type 1" and "type 2" name other things on every page ("type 2 MI", "narcolepsy
/// type 1", "a type 1 reaction", "type 2 vs type 1 amiodarone thyrotoxicosis"), so the words are read as diabetes only
/// when all three hold: the post is about diabetes (one of <see cref="DiabetesWords"/> in it), the word before them
/// says a patient has or is one (<see cref="WordsBefore"/>, or a sentence's start), and what follows starts no noun
/// phrase they would modify (a sentence's or clause's end, or one of <see cref="WordsAfter"/>). The span is the two
/// words, as the guide's sets mark it.
/// </summary>
internal static class DiabetesByTypeAlone
{
    // A post about diabetes names the disease, its labs, its drugs or its devices.
    private static readonly string[] DiabetesWords =
    [
        "diabet", "insulin", "a1c", "dka", "glucose", "hypoglyc", "t1d", "t2d", "metformin", "cgm", "omnipod", "dexcom",
        "libre", "glucagon", "t:slim", "basal bolus",
    ];

    // "with type 1", "has type 2", "a type 1", "new type 2", "youth onset type 2", "my type 1 teens".
    private static readonly HashSet<string> WordsBefore = new(StringComparer.Ordinal)
    {
        "with", "has", "had", "have", "having", "a", "an", "new", "onset", "my", "our", "her", "his", "their", "known",
        "longstanding", "put", "every", "all", "adult", "pediatric", "young", "older", "brittle", "lean", "obese",
    };

    // "type 2 for a decade", "type 1 on a pump", "type 1 who", "type 1 patients"; never "type 2 MI", "type 1 reaction".
    private static readonly HashSet<string> WordsAfter = new(StringComparer.Ordinal)
    {
        "for", "on", "at", "since", "diagnosed", "who", "whose", "and", "or", "but", "is", "was", "with", "in", "now",
        "patient", "patients", "pts", "teen", "teens", "kid", "kids", "child", "children", "adult", "adults",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WordBefore = WordsBefore.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WordAfter = WordsAfter.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Adds a hit for each "type 1" or "type 2" that names diabetes; keeps the list sorted. Cost: one substring search
    /// of the post for "type "; only a post that holds it is searched for the diabetes words, once, and only the words
    /// next to each occurrence are read. Nothing is allocated unless a span is added.
    /// </summary>
    public static void Add(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits)
    {
        var first = chars.IndexOf("type ", StringComparison.Ordinal);
        if (first < 0)
        {
            return;
        }

        // "type " is common ("blood type", "what type of"): the rows' terms are looked up only once a span passes the cheap checks.
        int? typeOne = null, typeTwo = null;
        bool? aboutDiabetes = null;
        List<PhraseHit>? added = null;
        for (var at = first; at >= 0; at = NextType(chars, at + 1))
        {
            var digit = at + 5;
            if (digit >= chars.Length || chars[digit] is not ('1' or '2') || (digit + 1 < chars.Length && NormalizedText.IsWordChar(chars[digit + 1]))
                || (at > 0 && NormalizedText.IsWordChar(chars[at - 1])))
            {
                continue;
            }

            var (start, end) = (at, digit + 1);
            if (!IsPatientsDisease(chars, start, end) || PhraseHits.AnyOverlaps(entityHits, start, end) || !(aboutDiabetes ??= AboutDiabetes(chars)))
            {
                continue;
            }

            var termId = chars[digit] == '1'
                ? typeOne ??= catalog.TermIdOf(NormalizedText.NormalizeTerm("type 1 diabetes"))
                : typeTwo ??= catalog.TermIdOf(NormalizedText.NormalizeTerm("type 2 diabetes"));
            if (termId < 0)
            {
                continue;
            }

            (added ??= []).Add(new PhraseHit(start, end, termId));
        }

        if (added is not null)
        {
            entityHits.AddRange(added);
            entityHits.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }
    }

    private static int NextType(ReadOnlySpan<char> chars, int from)
    {
        var next = chars[from..].IndexOf("type ", StringComparison.Ordinal);
        return next < 0 ? -1 : from + next;
    }

    private static bool AboutDiabetes(ReadOnlySpan<char> chars)
    {
        foreach (var word in DiabetesWords)
        {
            if (chars.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    // The word before is a sentence's start or one of WordsBefore; the word after ends the phrase.
    private static bool IsPatientsDisease(ReadOnlySpan<char> chars, int start, int end)
    {
        var before = start - 1;
        while (before >= 0 && chars[before] == ' ')
        {
            before--;
        }

        if (before >= 0 && !(chars[before] is '.' or '!' or '?' or ':' or ';' or '\n' or '('))
        {
            var wordEnd = before + 1;
            while (before >= 0 && NormalizedText.IsWordChar(chars[before]))
            {
                before--;
            }

            if (wordEnd == before + 1 || !WordBefore.Contains(chars[(before + 1)..wordEnd]))
            {
                return false;
            }
        }

        var after = end;
        while (after < chars.Length && chars[after] == ' ')
        {
            after++;
        }

        if (after >= chars.Length || chars[after] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '\n')
        {
            return true;
        }

        var next = after;
        while (next < chars.Length && NormalizedText.IsWordChar(chars[next]))
        {
            next++;
        }

        return WordAfter.Contains(chars[after..next]);
    }
}
