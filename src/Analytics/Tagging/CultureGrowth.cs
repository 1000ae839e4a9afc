namespace Sermo.Analytics.Tagging;

/// <summary>
/// An organism a culture grew is the test's result, not the infection (the guide's rounds 18 and 26; decision 280
/// relabelled the readable sets so): "the urine grew ESBL Klebsiella", "if it grows Pseudomonas". The infection is the
/// disease the post names beside it ("bacteremia", "UTI"), as an organism beside an infection is not annotated (round 36).
/// H. pylori is the exception: no infection word names it beside the ulcer, and the guide reads a positive H. pylori
/// result as the infection itself (round 50, decision 339; kept by decision 349), so "biopsies grew H pylori" stays. Only hits of the infectious chapter (A00-B99) right after the verb, with at
/// most two words between ("grew pan-sensitive E. coli"), are dropped; round 52 (decision 361) settled an organism
/// before the verb or a culture word as the same result ("MRSA grew", "MRSA in the cultures", "MRSA on every bottle").
/// </summary>
internal static class CultureGrowth
{
    private static readonly HashSet<string> GrowthVerbs = new(StringComparer.Ordinal) { "grew", "grows", "growing", "grown" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GrowthVerb = GrowthVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    // How many words may sit between the verb and the organism ("grew ESBL", "grew pan-sensitive").
    private const int WordsBetween = 2;

    // H. pylori's code (B96.81): its positive result is the infection (see the summary).
    private const string HelicobacterPylori = "B96.81";

    // Words that, after "in", "on" or "from" right behind an organism, say a culture found it ("in the cultures",
    // "on every bottle"): the result, not the infection the post names beside it. "Blood" counts only after "from"
    // ("MRSA from blood"): "malaria on blood smear" names the disease a smear found.
    private static readonly HashSet<string> CultureWords = new(StringComparer.Ordinal) { "culture", "cultures", "bottle", "bottles" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CultureWord = CultureWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Drops, in place, each infectious-chapter hit a growth verb precedes or a growth verb or culture phrase follows. Cost: three substring searches.</summary>
    public static void Drop(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits)
    {
        if (chars.IndexOf("grew", StringComparison.Ordinal) < 0 && chars.IndexOf("grow", StringComparison.Ordinal) < 0
            && chars.IndexOf("culture", StringComparison.Ordinal) < 0 && chars.IndexOf("bottle", StringComparison.Ordinal) < 0
            && chars.IndexOf("blood", StringComparison.Ordinal) < 0)
        {
            return;
        }

        var write = 0;
        for (var read = 0; read < entityHits.Count; read++)
        {
            var hit = entityHits[read];
            var definition = catalog.Entities[catalog.Terms[hit.TermId].Entity];
            if (definition.Type == EntityType.Disease && definition.CanonicalId is ['A' or 'B', >= '0' and <= '9', ..] && definition.CanonicalId != HelicobacterPylori
                && (AfterGrowthVerb(chars, hit.Start) || BeforeCultureWords(chars, hit.End)))
            {
                continue;
            }

            entityHits[write++] = hit;
        }

        entityHits.RemoveRange(write, entityHits.Count - write);
    }

    // "X grew", or "X in/on/from" with a culture word within the next two words ("in the cultures", "from blood").
    private static bool BeforeCultureWords(ReadOnlySpan<char> chars, int end)
    {
        var first = NextWord(chars, ref end);
        if (first.IsEmpty)
        {
            return false;
        }

        if (GrowthVerb.Contains(first))
        {
            return true;
        }

        if (!first.SequenceEqual("in") && !first.SequenceEqual("on") && !first.SequenceEqual("from"))
        {
            return false;
        }

        for (var w = 0; w < 2; w++)
        {
            var word = NextWord(chars, ref end);
            if (word.IsEmpty)
            {
                return false;
            }

            if (CultureWord.Contains(word) || (word.SequenceEqual("blood") && first.SequenceEqual("from")))
            {
                return true;
            }
        }

        return false;
    }

    // The next word from i within the sentence (empty at a sentence or clause end), i moved past it.
    private static ReadOnlySpan<char> NextWord(ReadOnlySpan<char> chars, ref int i)
    {
        while (i < chars.Length && !NormalizedText.IsWordChar(chars[i]))
        {
            if (chars[i] is '.' or ';' or ':' or '?' or '!' or '\n' or ',')
            {
                return [];
            }

            i++;
        }

        var start = i;
        while (i < chars.Length && NormalizedText.IsWordChar(chars[i]))
        {
            i++;
        }

        return chars[start..i];
    }

    // A growth verb among the words just before start, within the sentence.
    private static bool AfterGrowthVerb(ReadOnlySpan<char> chars, int start)
    {
        var i = start - 1;
        for (var w = 0; w <= WordsBetween; w++)
        {
            while (i >= 0 && !NormalizedText.IsWordChar(chars[i]))
            {
                if (chars[i] is '.' or ';' or ':' or '?' or '!' or '\n' or ',')
                {
                    return false;
                }

                i--;
            }

            var end = i + 1;
            while (i >= 0 && NormalizedText.IsWordChar(chars[i]))
            {
                i--;
            }

            if (end <= i + 1)
            {
                return false;
            }

            if (GrowthVerb.Contains(chars[(i + 1)..end]))
            {
                return true;
            }
        }

        return false;
    }
}
