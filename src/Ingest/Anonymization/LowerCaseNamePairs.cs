using System.Buffers;
using System.Runtime.InteropServices;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Full names typed in lower case (round 13, decision 100), in a slot a patient's name fills: at the head of a sentence, after
/// "about", "for", "on", "pt" or an opening bracket. A listed given name that is no English word and a second word that is no
/// English word or a listed surname ("tomas novák", "nour al-zahrani") go; with an English second word only when the name closes
/// there ("(kenji faint)", "roya sling,"). Two words no list holds go only where a record line or a possessive pins them as one
/// person ("uchenna anyanwu's arthritis", "kawika kahale - heart failure", "snežana novák, DOB"). Lower-case drug and
/// clinical words stay: the clinical list is asked for both words, and a pair with a lower-case word after it is a phrase
/// ("for major depressive disorder").
/// </summary>
internal static class LowerCaseNamePairs
{
    // Seven short words: compared one by one after a length test (ordinal, ignoring case, as a set with that comparer would),
    // which costs less than hashing the two-to-seven-letter word before most lower-case pairs (issue #19, decision 113).
    private static readonly string[] SlotWords = ["about", "for", "on", "pt", "patient", "saw", "re"];

    private static readonly SearchValues<char> SlotFirstLetters =
        SearchValues.Create(string.Concat(SlotWords.Select(word => $"{char.ToLowerInvariant(word[0])}{char.ToUpperInvariant(word[0])}")));

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var tokens = CollectionsMarshal.AsSpan(index.Tokens);
        var text = index.Text;
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            // The cheap tests first: three letters each (IsLowerWord's own first test), lower-case first letters, one space, a slot;
            // the word lists only for the pairs left. Every test is pure, so their order changes no answer.
            ref readonly var left = ref tokens[i];
            ref readonly var right = ref tokens[i + 1];
            if (left.Length < 3 || right.Length < 3 || !char.IsLower(text[left.Start]) || !char.IsLower(text[right.Start]) || left.IsPossessive
                || FoundTokens.Gap(index, i, i + 1) is not " " || !InSlot(index, i) || !IsLowerWord(index, i) || !IsLowerWord(index, i + 1))
            {
                continue;
            }

            // "for major depressive disorder": a lower-case word after the pair makes it a phrase, unless the pair is a possessive
            // or opens a record line. Read before the lists: most pairs in a slot ("for the last", "on the floor") stop here.
            var pinnedAfter = tokens[i + 1].IsPossessive || RecordLineAfter(text, tokens[i + 1].End);
            if (!pinnedAfter && i + 2 < tokens.Length && FoundTokens.Gap(index, i + 1, i + 2) is " " && char.IsLower(text[tokens[i + 2].Start]))
            {
                continue;
            }

            // The lists through the index, which asks each once per token and shares the answer with the name detector (decision 152).
            if (index.IsEnglishWord(i) || index.IsClinicalTerm(i) || index.IsClinicalTerm(i + 1))
            {
                continue;
            }

            var closes = Closes(text, tokens[i + 1]);
            var englishSurname = index.IsEnglishWord(i + 1) && !index.IsSurname(i + 1);
            var listedGiven = index.IsFirstName(i);
            var pinned = tokens[i + 1].IsPossessive || (pinnedAfter && tokens[i].SentenceStart);
            if ((listedGiven && (!englishSurname || closes)) || (!englishSurname && pinned))
            {
                found.Add(new Detection(tokens[i].Start, tokens[i + 1].End, PhiType.Name, 1));
                i++;
            }
        }
    }

    // Three letters or more, lower case throughout (letters, a hyphen, an apostrophe), of no known kind.
    private static bool IsLowerWord(TokenIndex index, int i)
    {
        if (index.Tokens[i].Length < 3 || index.Kinds[i] != WordKind.None && (index.Kinds[i] & ~(WordKind.ListedName | WordKind.NameWord | WordKind.RarerNameWord)) != 0)
        {
            return false;
        }

        foreach (var c in FoundTokens.Word(index, i))
        {
            if (char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool InSlot(TokenIndex index, int i)
    {
        if (index.Tokens[i].SentenceStart)
        {
            return true;
        }

        var start = index.Tokens[i].Start;
        if (start > 0 && index.Text[start - 1] == '(')
        {
            return true;
        }

        // Slot words are two to seven letters: most words skip the lookup.
        return i > 0 && index.Tokens[i - 1].Length is >= 2 and <= 7 && FoundTokens.Gap(index, i - 1, i) is " " && IsSlotWord(FoundTokens.Word(index, i - 1));
    }

    private static bool IsSlotWord(ReadOnlySpan<char> word)
    {
        // An ASCII first letter no slot word starts with (in either case) answers most words without a comparison; any other
        // first character is compared, as ignoring case may fold it to an ASCII letter.
        if (char.IsAscii(word[0]) && !SlotFirstLetters.Contains(word[0]))
        {
            return false;
        }

        foreach (var slot in SlotWords)
        {
            if (slot.Length == word.Length && word.Equals(slot, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Closes(string text, NameToken last)
    {
        var end = last.PossessiveEnd;
        return last.IsPossessive || end == text.Length || text[end] is ',' or ')' or '.' or ';' or ':' or '\n';
    }

    // "kawika kahale - heart failure", "snežana novák, DOB": the pair opens a record line.
    private static bool RecordLineAfter(string text, int end)
    {
        var rest = text.AsSpan(end);
        return rest.StartsWith(" - ", StringComparison.Ordinal) || rest.StartsWith(" \u2014 ", StringComparison.Ordinal)
            || rest.StartsWith(", DOB", StringComparison.Ordinal) || rest.StartsWith(" came in", StringComparison.Ordinal);
    }
}
