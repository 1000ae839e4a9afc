namespace Sermo.Analytics.Tagging;

/// <summary>
/// An infection named by its test is the test, not a disease the patient has (the guide: a screen, serology or test for
/// an infection, and a test result about a pathogen, are not the disease; decisions 130, 156 and 166). Two shapes recur
/// across the sets' authors (decision 252):
/// <list type="bullet">
/// <item>infections listed before a plural test noun: "sent TB, hep B, HIV and strongyloides serologies", "HIV and
/// syphilis tests", "Hepatitis B and TB screens were negative". not_mentions.txt holds the single forms ("hiv
/// screening", "hep b serologies"); a list needs a rule because any infection can be in it. Only plural nouns count:
/// "HIV test", "Lyme serology" and "TB screening" are written for one patient's question as often as for a test, and
/// the sets annotate them;</item>
/// <item>a respiratory virus followed by its result: "bronchiolitis, RSV positive", "flu A negative". "HIV negative",
/// "HCV positive" and "COVID positive" describe the patient's status and stay (the guide and the sets annotate them).</item>
/// <item>an infection followed by the viral test that measures it: "HIV RNA before each shot", "HCV RNA at 12 weeks", "HIV
/// VL undetectable", "hep B viral load" (round 45, decision 293; the guide's "Labels settled in round 45": a test, not a
/// mention).</item>
/// </list>
/// </summary>
internal static class InfectionTests
{
    private static readonly HashSet<string> TestNounSet = new(StringComparer.Ordinal) { "tests", "serologies", "screens", "titers", "titres" };

    private static readonly HashSet<string> SeparatorWordSet = new(StringComparer.Ordinal) { "and", "or", "plus" };

    private static readonly HashSet<string> ResultWordSet = new(StringComparer.Ordinal) { "positive", "negative", "pos", "neg" };

    /// <summary>
    /// Code prefixes of the respiratory viruses a swab names in a child's or a season's post: RSV and influenza. "COVID
    /// positive" is written for the patient's diagnosis (the short set annotates it), so COVID-19 is not listed.
    /// </summary>
    private static readonly string[] RespiratoryVirusCodes = ["B97.4", "J10.", "J11."];

    // The viral test written after its pathogen: "HIV RNA", "HBV DNA", "HIV VL"; "viral load" is read as two words.
    private static readonly HashSet<string> ViralTestWordSet = new(StringComparer.Ordinal) { "rna", "dna", "vl", "vls" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ViralTestWords = ViralTestWordSet.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ResultWords = ResultWordSet.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TestNouns = TestNounSet.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SeparatorWords = SeparatorWordSet.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Drops, in place, infection hits in a list that ends in a plural test noun and respiratory virus results.</summary>
    public static void Drop(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits)
    {
        var write = 0;
        for (var read = 0; read < entityHits.Count;)
        {
            var last = IsInfection(catalog, entityHits[read]) ? ListEnd(catalog, chars, entityHits, read) : -1;
            if (last < 0 && (IsRespiratoryVirusResult(catalog, chars, entityHits[read]) || IsViralTest(catalog, chars, entityHits[read])))
            {
                last = read;
            }

            if (last >= 0)
            {
                read = last + 1; // every infection of the list goes
                continue;
            }

            entityHits[write++] = entityHits[read++];
        }

        entityHits.RemoveRange(write, entityHits.Count - write);
    }

    /// <summary>
    /// The index of the list's last infection hit when the list from <paramref name="first"/> ends in a test noun, else
    /// -1. Items are infection hits joined by commas, slashes or list words; one unlisted word may come last
    /// ("HIV and strongyloides serologies").
    /// </summary>
    private static int ListEnd(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits, int first)
    {
        var last = first;
        var i = entityHits[first].End;
        while (true)
        {
            var from = i;
            i = SkipSeparators(chars, i);
            if (last + 1 < entityHits.Count && entityHits[last + 1].Start == i && IsInfection(catalog, entityHits[last + 1]))
            {
                last++;
                i = entityHits[last].End;
                continue;
            }

            var word = WordAt(chars, i);
            if (TestNouns.Contains(word))
            {
                return last;
            }

            // One unlisted name as the list's last item ("and strongyloides serologies", not "hep C, on tests"), no entity on it.
            var isFree = word.Length > 0 && EndsInListWord(chars[from..i]) && (last + 1 >= entityHits.Count || entityHits[last + 1].Start >= i + word.Length);
            return isFree && chars.Length > i + word.Length && chars[i + word.Length] == ' '
                && TestNouns.Contains(WordAt(chars, i + word.Length + 1)) ? last : -1;
        }
    }

    private static bool IsRespiratoryVirusResult(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, PhraseHit hit)
    {
        var definition = catalog.Entities[catalog.Terms[hit.TermId].Entity];
        return definition.Type == EntityType.Disease
            && Array.Exists(RespiratoryVirusCodes, p => definition.CanonicalId.StartsWith(p, StringComparison.Ordinal))
            && hit.End < chars.Length && chars[hit.End] == ' ' && ResultWords.Contains(WordAt(chars, hit.End + 1));
    }

    // An infection hit followed by its viral test: "HIV RNA", "HCV viral load".
    private static bool IsViralTest(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, PhraseHit hit)
    {
        if (hit.End >= chars.Length || chars[hit.End] != ' ' || !IsInfection(catalog, hit))
        {
            return false;
        }

        var word = WordAt(chars, hit.End + 1);
        if (ViralTestWords.Contains(word))
        {
            return true;
        }

        var next = hit.End + 1 + word.Length;
        return word is "viral" && next < chars.Length && chars[next] == ' ' && WordAt(chars, next + 1) is "load" or "loads";
    }

    private static bool IsInfection(ClinicalTermCatalog catalog, PhraseHit hit)
    {
        var definition = catalog.Entities[catalog.Terms[hit.TermId].Entity];
        var code = definition.CanonicalId;
        return definition.Type == EntityType.Disease
            && (code.StartsWith('A') || code.StartsWith('B') || code.StartsWith("Z22", StringComparison.Ordinal) || code.StartsWith("U07", StringComparison.Ordinal));
    }

    /// <summary>Past spaces, commas, slashes, ampersands and list words.</summary>
    private static int SkipSeparators(ReadOnlySpan<char> chars, int i)
    {
        while (i < chars.Length)
        {
            if (chars[i] is ' ' or ',' or '/' or '&')
            {
                i++;
                continue;
            }

            var word = WordAt(chars, i);
            if (word.Length == 0 || !SeparatorWords.Contains(word))
            {
                return i;
            }

            i += word.Length;
        }

        return i;
    }

    private static bool EndsInListWord(ReadOnlySpan<char> separators)
    {
        var trimmed = separators.TrimEnd(' ');
        var start = trimmed.Length;
        while (start > 0 && NormalizedText.IsWordChar(trimmed[start - 1]))
        {
            start--;
        }

        return SeparatorWords.Contains(trimmed[start..]);
    }

    private static ReadOnlySpan<char> WordAt(ReadOnlySpan<char> chars, int i)
    {
        var end = i;
        while (end < chars.Length && NormalizedText.IsWordChar(chars[end]))
        {
            end++;
        }

        return chars[i..end];
    }
}
