using System.Runtime.InteropServices;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// The registration form of a name, "SURNAME, Given" (round 13, decision 100): a run of one to four words in capitals, a comma,
/// then a name the finders found or a capitalised word of the name lists ("WANG, [name]", "TAUFA, Rusty.", "GUTIÉRREZ SOTO, Sunny
/// re:", "VAN DEN BROEK, [name]"). Both words go. A run of clinical capitals ("HIV, Grace") is a clinical term, and a given name
/// the finders did not find must close its clause, so "CBC, Will check" stays.
/// Round 40 (decision 249): the given name in capitals too, as a chart or a roster pastes it ("OKAFOR, CHIDI", "AP RHYS, GRUFFYDD,"):
/// then every word must look like a name, not an acronym or an English word ("CBC, BMP", "FEVER, CHILLS" stay), and a third word
/// in capitals after another comma makes it a list, not a name.
/// </summary>
internal static class CapitalSurnameNames
{
    private const int MaxRun = 4;

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var tokens = index.Tokens;
        var text = index.Text;
        if (!text.Contains(", ", StringComparison.Ordinal))
        {
            return;
        }

        var count = found.Count;
        var spans = CollectionsMarshal.AsSpan(tokens);
        for (var i = 0; i < spans.Length; i++)
        {
            // Two capitals first: most words are lower case or title case and stop here. Then the run's layout (", " after it),
            // and only then the kinds and the clinical list, which most runs of capitals ("BP", "ICU") never reach.
            ref readonly var token = ref spans[i];
            if (token.Length < 2 || !char.IsUpper(text[token.Start]) || !char.IsUpper(text[token.Start + 1]) || !CommaAfterCapitalsShapedRun(index, i)
                || !IsCapitals(index, i) || (i > 0 && FoundTokens.Gap(index, i - 1, i) is " " && IsCapitals(index, i - 1)))
            {
                continue;
            }

            var last = i;
            while (last + 1 < tokens.Count && last - i + 1 < MaxRun && FoundTokens.Gap(index, last, last + 1) is " " && IsCapitals(index, last + 1))
            {
                last++;
            }

            var given = last + 1;
            if (given >= tokens.Count || FoundTokens.Gap(index, last, given) is not ", " || tokens[last].End - tokens[i].Start < 4)
            {
                continue;
            }

            var foundGiven = FoundNameAt(found, count, tokens[given].Start);
            var givenEnd = given;
            if (!foundGiven && !UnfoundGivenName(index, given) && (givenEnd = CapitalsGivenNameEnd(index, i, last, given)) < 0)
            {
                continue;
            }

            found.Add(new Detection(tokens[i].Start, tokens[last].End, PhiType.Name, 1));
            if (!foundGiven)
            {
                found.Add(new Detection(tokens[given].Start, tokens[givenEnd].End, PhiType.Name, 1));
            }
        }
    }

    // Decision 249: "SURNAME, GIVEN" all in capitals. The given name is one word, or two one space apart ("THAO, PA NHIA"); each word of
    // both parts is a name-shaped word: a listed name, or a word of no English list with a vowel, four letters or more ("ROJIN",
    // "GRUFFYDD"), so acronyms ("CBC, BMP", "ICU, PACU") and English words ("FEVER, CHILLS") stay. Not inside a list of capitals: no
    // ", " and capitals before the surname or after the given name. Returns the given name's last token, or -1.
    private static int CapitalsGivenNameEnd(TokenIndex index, int surname, int surnameLast, int given)
    {
        if (!IsCapitals(index, given) || !IsNameShapedCapitals(index, given))
        {
            return -1;
        }

        var tokens = index.Tokens;
        var end = given;
        if (end + 1 < tokens.Count && FoundTokens.Gap(index, end, end + 1) is " " && IsCapitals(index, end + 1) && IsNameShapedCapitals(index, end + 1))
        {
            end++;
        }

        var surnameHasName = false;
        for (var s = surname; s <= surnameLast; s++)
        {
            // A short particle ("AP", "DE", "VAN") may stand before the surname; the run needs one name-shaped word.
            surnameHasName |= IsNameShapedCapitals(index, s);
        }

        var listBefore = surname > 0 && FoundTokens.Gap(index, surname - 1, surname) is ", " && IsCapitalsShaped(index, surname - 1);
        var listAfter = end + 1 < tokens.Count && FoundTokens.Gap(index, end, end + 1) is ", " && IsCapitalsShaped(index, end + 1);
        return surnameHasName && !listBefore && !listAfter ? end : -1;
    }

    private static bool IsNameShapedCapitals(TokenIndex index, int i)
    {
        if (index.IsFirstName(i) || index.IsSurname(i))
        {
            return !index.IsClinicalTerm(i);
        }

        var word = FoundTokens.Word(index, i);
        return word.Length >= 4 && word.IndexOfAny(Vowels) >= 0 && !index.IsEnglishWord(i) && (index.Kinds[i] & (WordKind.City | WordKind.Eponym)) == 0;
    }

    private static readonly System.Buffers.SearchValues<char> Vowels = System.Buffers.SearchValues.Create("AEIOUYÀÁÂÃÄÅÆÈÉÊËÌÍÎÏÒÓÔÕÖØÙÚÛÜÝ");

    // Capitals only, two letters or more ("WANG", "DĄBROWSKA", "AL-MASRI"), of no clinical or place kind.
    private static bool IsCapitals(TokenIndex index, int i) =>
        IsCapitalsShaped(index, i) && (index.Kinds[i] & (WordKind.Clinical | WordKind.State | WordKind.Month | WordKind.Title | WordKind.Institution)) == 0
        && !NameLexicon.Shared.ClinicalTerms.Contains(FoundTokens.Word(index, i));

    private static bool IsCapitalsShaped(TokenIndex index, int i)
    {
        var word = FoundTokens.Word(index, i);
        if (word.Length < 2)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    // Whether ", " follows the run of capitals-shaped words from i (at most MaxRun, one space apart). The run Detect reads
    // (words that also pass IsCapitals) is a prefix of this one, and when it stops earlier the gap after it is a space, so
    // without ", " here Detect's own test after the run fails too: a layout test that changes no answer.
    private static bool CommaAfterCapitalsShapedRun(TokenIndex index, int i)
    {
        var tokens = index.Tokens;
        var last = i;
        while (last + 1 < tokens.Count && last - i + 1 < MaxRun && FoundTokens.Gap(index, last, last + 1) is " " && IsCapitalsShaped(index, last + 1))
        {
            last++;
        }

        return last + 1 < tokens.Count && FoundTokens.Gap(index, last, last + 1) is ", ";
    }

    private static bool FoundNameAt(List<Detection> found, int count, int start)
    {
        for (var c = 0; c < count; c++)
        {
            if (found[c].Type == PhiType.Name && found[c].Start == start)
            {
                return true;
            }
        }

        return false;
    }

    // "Sadia -", "Rusty.", "Sunny re:": a listed given name that closes its clause.
    private static bool UnfoundGivenName(TokenIndex index, int given)
    {
        if (!FoundTokens.MayBeNamePart(index, given) || (index.Kinds[given] & (WordKind.ListedName | WordKind.NameWord | WordKind.RarerNameWord)) == 0)
        {
            return false;
        }

        var text = index.Text;
        var end = index.Tokens[given].PossessiveEnd;
        if (end == text.Length || text[end] is '.' or ',' or ';' or ':' or ')' or '\n' or '!' or '?')
        {
            return true;
        }

        var rest = text.AsSpan(end);
        return rest.StartsWith(" -", StringComparison.Ordinal) || rest.StartsWith(" \u2014", StringComparison.Ordinal)
            || rest.StartsWith(" re:", StringComparison.Ordinal) || rest.StartsWith(" re ", StringComparison.Ordinal);
    }
}
