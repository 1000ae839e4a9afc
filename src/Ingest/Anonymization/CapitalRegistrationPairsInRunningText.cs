namespace Sermo.Ingest.Anonymization;

/// <summary>
/// "SURNAME, GIVEN" in capitals inside a sentence written in lower case, where neither word is listed and the pair opens no line
/// (round 52, decision 368): "the appeal I wrote for MBEKI, SAINT (", "crew member SIXKILLER, REDBIRD, crew no.", "the source pt
/// is TUILAGI, SALOTE, MRN ...". Decision 119's <see cref="CapitalRegistrationPairs"/> asks a listed name or a line's head because
/// capitals joined by a comma are as often a list of acronyms ("CBC, BMP", "HTN, DM", "ICU, PACU", "NPO, NKDA"). Acronyms are short
/// and mostly vowel-less; a name in running text is set off by the sentence. So this slot asks more of both sides: each name is four
/// letters or more with a vowel and of no clinical or disease list, and a person cue stands right before the pair ("for", "is",
/// "per", "pt", a role or kin noun) or a record follows it ("(", "'s", "MRN", "DOB", "NHS").
/// </summary>
internal static class CapitalRegistrationPairsInRunningText
{
    private const int MinLetters = 4;

    private const WordCue PersonNouns = WordCue.KinNoun | WordCue.RoleNoun | WordCue.PersonNoun | WordCue.StaffRole | WordCue.WardRole;

    // The words before a patient's registration name in a sentence that no person-noun list holds.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NameSlotWords = new HashSet<string>(
        ["for", "is", "was", "per", "re", "proband", "op"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // The record labels a pasted name is followed by ("TUILAGI, SALOTE, MRN 3503...", "NOGUEIRA, THAIS, NHS 045 ...").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RecordLabels = new HashSet<string>(
        ["MRN", "DOB", "NHS", "SSN", "SSA", "DOI", "MID", "ID"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        if (!HasCommaAfterCapital(text))
        {
            return;
        }

        var tokens = index.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            // Cheapest first: four letters opening with two capitals and ", " right after; every lookup comes later.
            var token = tokens[i];
            var given = i + 1;
            if (token.Length < MinLetters || !char.IsUpper(text[token.Start]) || !char.IsUpper(text[token.Start + 1])
                || FoundTokens.Gap(index, i, given) is not ", ")
            {
                continue;
            }

            var end = given;
            while (end + 1 < tokens.Count && end - given < 1 && FoundTokens.Gap(index, end, end + 1) is " " && CapitalRegistrationPairs.IsCapitalWord(index, end + 1, 2))
            {
                end++;
            }

            if (!IsNameInCapitals(index, i) || !CapitalRegistrationPairs.IsCapitalWord(index, given, 2) || !HasVowel(FoundTokens.Word(index, given))
                || !NoLexiconWord(index, i, end) || BothEnglishWords(index, i, given) || tokens[end].End - tokens[given].Start - (end - given) < MinLetters || WordsJoinedBefore(index, i)
                || (!PersonCueBefore(index, i) && !RecordAfter(index, end)) || !CapitalRegistrationPairs.LineHasLowerCase(text, token.Start)
                || CapitalRegistrationPairs.LabValueAfter(text, tokens[end].End) || FoundTokens.OverlapsAny(found, found.Count, token.Start, tokens[end].End))
            {
                continue;
            }

            found.Add(new Detection(token.Start, tokens[end].End, PhiType.Name, 1));
            i = end;
        }
    }

    // Most posts hold no ", " after a letter in capitals; one vectorised search for ", " spares them the walk over every token
    // (the walk was 0.7 % of the scrub verb's profile in round 52).
    private static bool HasCommaAfterCapital(string text)
    {
        var rest = text.AsSpan();
        var offset = 0;
        for (var at = rest.IndexOf(", "); at >= 0; at = rest[offset..].IndexOf(", "))
        {
            at += offset;
            if (at > 0 && !char.IsLower(text[at - 1]))
            {
                return true;
            }

            offset = at + 2;
        }

        return false;
    }

    private static bool IsNameInCapitals(TokenIndex index, int i) =>
        CapitalRegistrationPairs.IsCapitalWord(index, i, MinLetters) && HasVowel(FoundTokens.Word(index, i));

    // "LISINOPRIL, METFORMIN (": any word of the tagger's drug, device or disease names is no name part.
    private static bool NoLexiconWord(TokenIndex index, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (NameLexicon.Shared.ClinicalVocabulary.Contains(FoundTokens.Word(index, i)))
            {
                return false;
            }
        }

        return true;
    }

    // "pt is ALERT, ORIENTED and eating": two English words shouted are a description; a name has at least one word no dictionary holds
    // ("RAINBOW, MUSHAHID", "MBEKI, SAINT").
    private static bool BothEnglishWords(TokenIndex index, int surname, int given) =>
        NameLexicon.Shared.EnglishWords.Contains(FoundTokens.Word(index, surname)) && NameLexicon.Shared.EnglishWords.Contains(FoundTokens.Word(index, given));

    // A vowel, or a letter with a diacritic ("ĐẶNG"): an acronym is written in plain ASCII.
    private static bool HasVowel(ReadOnlySpan<char> word) => word.IndexOfAny("AEIOUY") >= 0 || !System.Text.Ascii.IsValid(word);

    // "CHF, CKD, DM" or "HTN DM, CKD": capitals joined to the pair's surname by a space or a comma are a run, not a name's head.
    private static bool WordsJoinedBefore(TokenIndex index, int first) =>
        first > 0 && FoundTokens.Gap(index, first - 1, first) is " " or ", " && IsAllCapitals(FoundTokens.Word(index, first - 1))
        && !NameSlotWords.Contains(FoundTokens.Word(index, first - 1)) && (index.Cues[first - 1] & PersonNouns) == 0
        && (index.Kinds[first - 1] & WordKind.PersonCue) == 0;

    private static bool PersonCueBefore(TokenIndex index, int first)
    {
        if (first == 0 || FoundTokens.Gap(index, first - 1, first) is not " ")
        {
            return false;
        }

        var previous = first - 1;
        return NameSlotWords.Contains(FoundTokens.Word(index, previous)) || (index.Kinds[previous] & WordKind.PersonCue) != 0
            || (index.Cues[previous] & PersonNouns) != 0;
    }

    // "MBEKI, SAINT (0723...", "TUILAGI, SALOTE, MRN", "HUNTER's labels": what a record prints after a name. An age after the pair
    // (", 47,") is no token of the index, so it cannot be read here (decision 368).
    private static bool RecordAfter(TokenIndex index, int last)
    {
        var text = index.Text;
        var at = index.Tokens[last].End;
        if (at + 1 >= text.Length)
        {
            return false;
        }

        if (text[at] == ' ' && text[at + 1] == '(' || text[at] == '\'' && text[at + 1] == 's')
        {
            return true;
        }

        var next = last + 1;
        if (next >= index.Tokens.Count || FoundTokens.Gap(index, last, next) is not (", " or " "))
        {
            return false;
        }

        var word = FoundTokens.Word(index, next);
        return RecordLabels.Contains(word);
    }

    private static bool IsAllCapitals(ReadOnlySpan<char> word) => word.Length > 1 && !word.ContainsAnyInRange('a', 'z') && word.ContainsAnyInRange('A', 'Z');
}
