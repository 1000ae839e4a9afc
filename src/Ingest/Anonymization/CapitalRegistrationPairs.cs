namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A registration name written wholly in capitals, "SURNAME, GIVEN [MIDDLE]" (round 15, decision 119): the form a census, a bed
/// board, a face sheet, a pharmacy label or an insurer's letter prints ("BOUDREAUX, ODILE | 93", "GILL, JASWINDER KAUR MRN ...",
/// "for HEBERT, ELODIE."). Round 13's <see cref="CapitalSurnameNames"/> needs a title-case given name that closes its clause; a
/// pasted list puts an age, a bed or a column bar after it instead. Capitals joined by a comma are also a list of acronyms
/// ("CBC, BMP", "PT, OT"), so every word must be three letters with a vowel (the surname) or two (the given names), of no clinical,
/// place, month or title kind, and either one word is a listed name or the pair opens a line or a table cell.
/// </summary>
internal static class CapitalRegistrationPairs
{
    private const int MaxWords = 3;

    private const WordKind NeverInAPair = WordKind.Clinical | WordKind.Eponym | WordKind.State | WordKind.Month | WordKind.Holiday | WordKind.Title
        | WordKind.Institution;

    // Column labels of a pasted list that follow a name in capitals ("WANDA SUE MRN 0064...", "KHIN MYINT DOB").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ColumnLabels = new HashSet<string>(
        ["MRN", "DOB", "DX", "ID", "RX", "AGE", "BED", "RM", "ROOM", "SEX", "PCP", "DNR", "DNI", "FULL", "CODE", "HX", "ADM", "DOA", "INS", "ICU", "ED",
         "OR", "AND", "THE", "FOR", "WITH", "NOT", "PER", "ATTN", "RE", "CC"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        var tokens = index.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            // Cheapest first: two capitals, then ", " after a run of capitals; most words stop at the first test.
            var token = tokens[i];
            if (token.Length < 3 || !char.IsUpper(text[token.Start]) || !char.IsUpper(text[token.Start + 1])
                || (i > 0 && FoundTokens.Gap(index, i - 1, i) is " " && IsCapitalWord(index, i - 1, 2)))
            {
                continue;
            }

            var last = i;
            while (last + 1 < tokens.Count && last - i + 1 < MaxWords && FoundTokens.Gap(index, last, last + 1) is " " && IsCapitalWord(index, last + 1, 3))
            {
                last++;
            }

            var given = last + 1;
            if (given >= tokens.Count || FoundTokens.Gap(index, last, given) is not ", " || !IsCapitalWord(index, i, 3) || !HasVowel(FoundTokens.Word(index, i))
                || !IsCapitalWord(index, given, 2))
            {
                continue;
            }

            var end = given;
            while (end + 1 < tokens.Count && end - given + 1 < MaxWords && FoundTokens.Gap(index, end, end + 1) is " " && IsCapitalWord(index, end + 1, 1))
            {
                end++;
            }

            if ((AnyListedName(index, i, end) || OpensLineOrCell(text, token.Start)) && LineHasLowerCase(text, token.Start)
                && HasVowel(FoundTokens.Word(index, given)) && !InAListOfCapitals(index, i, end) && !LabValueAfter(text, tokens[end].End))
            {
                found.Add(new Detection(token.Start, tokens[end].End, PhiType.Name, 1));
                i = end;
            }
        }

        GivenFirstInCapitals(index, found);
    }

    // "ED board says CONSTANCE SEXTON (goes by ...)", "Wristband reads FR. ANSELM KOWALSKI": a listed given name that is no English
    // word, in capitals, then a word in capitals, inside a line written in lower case (a shouted line's capitals say nothing).
    private static void GivenFirstInCapitals(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        var tokens = index.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Length < 3 || !char.IsUpper(text[token.Start]) || !char.IsUpper(text[token.Start + 1])
                || (index.Kinds[i] & WordKind.FirstName) == 0 || (index.Kinds[i] & (WordKind.NameWord | WordKind.RarerNameWord)) != 0
                || FoundTokens.Gap(index, i, i + 1) is not " " || !IsCapitalWord(index, i, 3) || !IsCapitalWord(index, i + 1, 3)
                || (i > 0 && FoundTokens.Gap(index, i - 1, i) is " " && IsCapitalWord(index, i - 1, 2) && (index.Kinds[i - 1] & WordKind.Title) == 0)
                || !LineHasLowerCase(text, token.Start))
            {
                continue;
            }

            found.Add(new Detection(token.Start, tokens[i + 1].End, PhiType.Name, 1));
            i++;
        }
    }

    /// <summary>A word of capitals only, at least <paramref name="minLength"/> letters, of no kind a name never is and no column label.</summary>
    internal static bool IsCapitalWord(TokenIndex index, int i, int minLength)
    {
        var word = FoundTokens.Word(index, i);
        if (word.Length < minLength || (index.Kinds[i] & NeverInAPair) != 0 || ColumnLabels.Contains(word))
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

        return word.Length == 1 || (!NameLexicon.Shared.ClinicalTerms.Contains(word) && !NameLexicon.Shared.DiseaseWords.Contains(word));
    }

    // A line shouted in capitals ("92-YEAR-OLD MAN, BIBA FROM SUNRISE") joins words by commas that are no name; a pasted list row
    // keeps its diagnosis or its header in lower case.
    internal static bool LineHasLowerCase(string text, int at)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var end = text.IndexOf('\n', at);
        var line = text.AsSpan(start, (end < 0 ? text.Length : end) - start);
        return line.IndexOfAnyInRange('a', 'z') >= 0;
    }

    // "ARISTOTLE, ROCKET AF, RE-LY", "CHF, CKD, DM": three runs of capitals or more joined by commas are a list of acronyms or
    // trials; a name has one comma.
    private static bool InAListOfCapitals(TokenIndex index, int first, int last)
    {
        var tokens = index.Tokens;
        var before = first > 0 && FoundTokens.Gap(index, first - 1, first) is ", " && IsCapitalWord(index, first - 1, 2);
        var after = last + 1 < tokens.Count && FoundTokens.Gap(index, last, last + 1) is ", " && IsCapitalWord(index, last + 1, 2);
        return before || after;
    }

    // "COPD, CEA 71", "AKI, BUN 60": a number right after the last capitals, under 90 and with no sex letter, is a lab value; a
    // list row's age is over 89 ("LOIS 90F", "SABAH 90 fall") or carries its sex letter ("EMILIANO 44M").
    internal static bool LabValueAfter(string text, int end)
    {
        if (end + 1 >= text.Length || text[end] != ' ' || !char.IsAsciiDigit(text[end + 1]))
        {
            return false;
        }

        var digits = 0;
        while (end + 1 + digits < text.Length && char.IsAsciiDigit(text[end + 1 + digits]))
        {
            digits++;
        }

        var close = end + 1 + digits;
        var sexLetter = close < text.Length && text[close] is 'F' or 'M';
        return !sexLetter && (digits is 1 or 2 || (digits > 3) || int.Parse(text.AsSpan(end + 1, digits)) is < 90 or > 120);
    }

    private static bool HasVowel(ReadOnlySpan<char> word) => word.IndexOfAny("AEIOUY") >= 0;

    private static bool AnyListedName(TokenIndex index, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if ((index.Kinds[i] & WordKind.ListedName) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // The first cell of a row: the start of the text or a line, or after a column bar, a slash, a quote, a colon, a list number or a
    // room number ("412A | BOUDREAUX, ODILE", "ICU 4 ABERNATHY, LOIS", "1. HENSLEY, WANDA SUE", "'HTOO, SAW EH /").
    private static bool OpensLineOrCell(string text, int start)
    {
        var at = start - 1;
        while (at >= 0 && text[at] == ' ')
        {
            at--;
        }

        // A full stop only after a list number: "MN. DKA, CK through the roof" is a sentence of acronyms.
        return at < 0 || text[at] is '\n' or '|' or '/' or '\'' or '"' or ':' || char.IsAsciiDigit(text[at])
            || (text[at] == '.' && at > 0 && char.IsAsciiDigit(text[at - 1]));
    }
}
