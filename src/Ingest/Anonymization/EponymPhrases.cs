using System.Collections.Frozen;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Named clinical phrases that no list holds: "Lake Louise score", "Jamestown Canyon virus", "Seattle Heart Failure Model",
/// "Weber B ankle fracture", "Ranson criteria". The capitalised words before a noun that closes such a phrase name a disease,
/// a score or a sign, not a person or a town, so they are marked clinical before any name or place rule reads them.
/// </summary>
internal static class EponymPhrases
{
    private const int MaxWordsBack = 4;
    private const int MaxLowerCaseWords = 2;

    // Nouns that close a named clinical phrase. Kept narrower than the head nouns of listed eponyms: "test", "line" or "type"
    // follow a person's name in ordinary sentences ("Maria Lopez test results", "had Rosa sign the form").
    internal static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClosingNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "disease", "syndrome", "palsy", "score", "scale", "criteria", "rule", "rules", "virus", "fever", "encephalitis", "encephalopathy",
        "arteritis", "lymphoma", "sarcoma", "carcinoma", "tumor", "cyst", "fracture", "contracture", "nodes", "nodule", "lesions", "spots",
        "bodies", "cells", "maneuver", "procedure", "protocol", "model", "pattern", "breathing", "murmur", "dementia", "classification", "angina",
        "esophagectomy", "harness", "fundoplication", "waves", "pupil", "pupils", "hump", "pentad", "kyphosis", "lines", "paralysis",
        "definition", "wave", "shunt", "staging")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // Capitalised only, they close the name of an instrument ("Montreal Cognitive Assessment", "Beck Depression Inventory");
    // in lower case they follow a patient's name in ordinary sentences ("Rosa assessment done").
    internal static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> InstrumentNouns = FrozenSet.Create(StringComparer.Ordinal,
        "Assessment", "Inventory", "Questionnaire", "Examination", "Index").GetAlternateLookup<ReadOnlySpan<char>>();

    // Lower-case words that end the phrase going back: "with Valley fever" keeps "with" out, "her Graves disease" keeps "her".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Stops = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "a", "an", "in", "from", "with", "of", "and", "or", "to", "for", "his", "her", "their", "my", "our", "on", "at", "by", "no", "not",
        "has", "had", "have", "is", "was", "are", "were", "be", "been", "but", "vs", "after", "before", "about", "like", "as", "if", "than")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // Nouns after one eponym in a physical exam or a grading: "Spurling test", "Tinel sign", "Epley maneuver". After a given name they
    // stay ordinary words ("Maria Lopez test results"), and a lone given name before the verb "sign" stays a name.
    internal static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ExamNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "test", "sign", "maneuver", "manoeuvre", "reflex", "triad", "grade", "stage", "classification", "technique", "incision", "approach")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    internal static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ExamResults = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "positive", "negative", "equivocal", "pos", "neg").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <param name="cues">The tokens' <see cref="WordCues"/>: most words of a post skip the four lookups (decisions 084, 093).</param>
    public static void Mark(string text, List<NameToken> tokens, WordKind[] kinds, WordCue[] cues)
    {
        for (var head = 1; head < tokens.Count; head++)
        {
            var token = tokens[head];
            var word = text.AsSpan(token.Start, token.Length);
            var noun = (cues[head] & WordCue.EponymNoun) != 0;
            if (noun && token.Length >= 4 && (ClosingNouns.Contains(word) || InstrumentNouns.Contains(word)))
            {
                MarkBefore(text, tokens, kinds, head);
            }
            else if (noun && ExamNouns.Contains(word))
            {
                MarkExamEponym(text, tokens, kinds, head);
            }
            else if (noun && ExamResults.Contains(word) && (kinds[head - 1] & WordKind.Eponym) != 0)
            {
                // "Lachman positive, McMurray negative": an eponym of the lists before an exam result is the test (round 10).
                MarkExamEponym(text, tokens, kinds, head);
            }
            else if (word is "and" && head + 1 < tokens.Count)
            {
                MarkEponymPairBeforeGrade(text, tokens, kinds, head);
            }
        }
    }

    private static void MarkBefore(string text, List<NameToken> tokens, WordKind[] kinds, int head)
    {
        var lowerCase = 0;
        for (var k = head - 1; k >= 0 && k >= head - MaxWordsBack; k--)
        {
            var token = tokens[k];
            var gap = tokens[k + 1].Start - token.PossessiveEnd;
            // A possessive ends the phrase unless it is the eponym itself ("Bell's palsy"): "Hazel's Graves disease" names Hazel.
            if (gap != 1 || text[token.PossessiveEnd] != ' ' || (token.IsPossessive && k != head - 1)
                || (kinds[k] & (WordKind.Title | WordKind.PersonCue | WordKind.PlacePreposition)) != 0)
            {
                return;
            }

            var word = text.AsSpan(token.Start, token.Length);
            if (char.IsUpper(word[0]))
            {
                kinds[k] |= WordKind.Clinical;
            }
            else if (Stops.Contains(word) || ++lowerCase > MaxLowerCaseWords)
            {
                return;
            }
        }
    }

    // "Spurling test" but not "Maria Lopez test" or "Rosa sign": one capitalised word, no given name, no possessive name before it.
    private static void MarkExamEponym(string text, List<NameToken> tokens, WordKind[] kinds, int head)
    {
        var k = head - 1;
        var token = tokens[k];
        if (tokens[head].Start - token.End != 1 || text[token.End] != ' ' || !char.IsUpper(text[token.Start]) || token.Length < 3
            || (kinds[k] & (WordKind.Title | WordKind.PersonCue)) != 0 || (IsVerbNoun(text, tokens[head]) && ((kinds[k] & WordKind.FirstName) != 0 || NameDetector.SignTakesObject(text, tokens, head))))
        {
            return;
        }

        // A capitalised word before it that opens no sentence, or a given name, makes the pair a person ("Had Rosalind Okereke sign").
        var afterName = k > 0 && tokens[k].Start - tokens[k - 1].End == 1 && char.IsUpper(text[tokens[k - 1].Start])
            && ((kinds[k - 1] & WordKind.FirstName) != 0 || !tokens[k - 1].SentenceStart);
        if (!afterName)
        {
            kinds[k] |= WordKind.Clinical;
        }
    }

    // "sign" is also a verb after a person ("had Rosa sign the form"); a given name before it, or any word when something signed
    // follows ("had Xochitl sign the form"), stays a name.
    private static bool IsVerbNoun(string text, NameToken noun) => text.AsSpan(noun.Start, noun.Length) is "sign";

    // "Hunt and Hess 3", "Hunt and Hess IV": two capitalised words joined by "and" before a grade (one digit or a Roman numeral, no
    // unit after it: "Ruby and Kit 2 days ago" stays) are one grading system.
    private static void MarkEponymPairBeforeGrade(string text, List<NameToken> tokens, WordKind[] kinds, int and)
    {
        int first = and - 1, second = and + 1;
        if (!char.IsUpper(text[tokens[first].Start]) || !char.IsUpper(text[tokens[second].Start]) || tokens[second].IsPossessive
            || tokens[and].Start - tokens[first].End != 1 || tokens[second].Start - tokens[and].End != 1)
        {
            return;
        }

        var rest = text.AsSpan(tokens[second].End);
        if (rest.Length < 2 || rest[0] != ' ')
        {
            return;
        }

        var grade = rest[1..];
        var length = grade.IndexOfAny(" ,.;:!?)\n".AsSpan());
        grade = length < 0 ? grade : grade[..length];
        var bothEponyms = (kinds[first] & kinds[second] & WordKind.Eponym) != 0;
        var isGrade = (grade.Length == 1 && char.IsAsciiDigit(grade[0])) || grade is "I" or "II" or "III" or "IV" or "V"
            || (bothEponyms && grade is "high" or "low" or "grade" or "score");
        var after = rest[(1 + grade.Length)..].TrimStart(' ');
        var unitAfter = after.Length > 0 && char.IsAsciiLetterLower(after[0]) && (after.StartsWith("day") || after.StartsWith("week") || after.StartsWith("wk")
            || after.StartsWith("month") || after.StartsWith("year") || after.StartsWith("hour") || after.StartsWith("hr") || after.StartsWith("min") || after.StartsWith("time"));
        if (isGrade && !unitAfter)
        {
            kinds[first] |= WordKind.Clinical;
            kinds[second] |= WordKind.Clinical;
        }
    }
}
