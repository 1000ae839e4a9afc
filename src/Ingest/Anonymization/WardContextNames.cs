using System.Collections.Frozen;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Names that ward language sets off without a title or a listed name (round 10, decision 073): a staff role before the name
/// ("our MA Jiayi", "the unit clerk Kelechi"), a bed or room number before a patient in a sign-out ("bed 7 Kurup (COPD)"), a
/// relation or role in parentheses after a caller ("Poppy (pt's wife) called", "Shirin (RN) wants"), a lower-case name pair
/// between "pt" and a parenthesised age ("pt wafula santoso (84F)"), and initials after "pt" or before a surname ("my pt K.L.",
/// "A.J. Wickramasinghe", "JR Smith"). Each cue is one physicians write about people only; the word after it still has to be
/// no clinical word, month, state or holiday, so "bed 3 Foley" or "the RT Bipap" stay.
/// </summary>
internal static class WardContextNames
{
    private const WordKind NeverAName = WordKind.Clinical | WordKind.Month | WordKind.State | WordKind.Holiday | WordKind.Title | WordKind.HeadNoun
        | WordKind.Institution | WordKind.PlacePreposition | WordKind.TimePreposition | WordKind.PersonCue;

    // Roles that are also common abbreviations (Massachusetts, respiratory therapy) count only after a determiner or at a sentence start.
    internal static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AmbiguousRoles =
        FrozenSet.Create(StringComparer.Ordinal, "MA", "RT", "PCT", "CM", "SW").GetAlternateLookup<ReadOnlySpan<char>>();

    internal static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Roles = FrozenSet.Create(StringComparer.Ordinal,
        "CNA", "LPN", "LVN", "CRNA", "CNM", "scribe", "clerk", "secretary", "receptionist", "midwife", "doula", "tech", "technician", "phlebotomist",
        "paramedic", "medic", "EMT", "chaplain", "coordinator", "navigator").GetAlternateLookup<ReadOnlySpan<char>>();

    // Credentials and places written as two capitals or two initials: "MD Anderson", "M.D. Anderson", "D.C. General" stay.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CredentialPairs = FrozenSet.Create(StringComparer.Ordinal,
        "MD", "DO", "RN", "NP", "PA", "DR", "MR", "MS", "ED", "ER", "OR", "DC", "US", "UK", "PO", "AM", "PM", "ST", "GI", "ID", "IV", "IM", "VA", "NY", "LA")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "our", "my", "your", "their", "his", "her", "night", "day", "unit", "ward", "floor").GetAlternateLookup<ReadOnlySpan<char>>();

    internal static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BedWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "bed", "bd", "rm", "room", "bay").GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Relations = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "wife", "husband", "son", "daughter", "grandson", "granddaughter", "niece", "nephew", "mother", "father", "mom", "dad", "sister", "brother",
        "partner", "friend", "neighbor", "neighbour", "caregiver", "aunt", "uncle", "cousin", "fiance", "fiancee", "spouse", "guardian", "poa",
        "RN", "CNA", "MA", "NP", "PA", "LPN", "RT", "nurse", "aide", "sitter", "interpreter").GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that are never the given name of a lower-case pair ("pt with fever (39C)", "pt on lasix (40mg)").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LowerStops = FrozenSet.Create(StringComparer.Ordinal,
        "with", "w", "on", "in", "and", "for", "has", "had", "is", "was", "the", "a", "an", "now", "still", "s", "p", "from", "at", "to", "of", "who",
        "c", "presented", "presents", "seen", "admitted", "here", "back", "today", "again", "also", "not", "no").GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(TokenIndex index, NameLexicon lexicon, List<Detection> found)
    {
        var text = index.Text;
        var tokens = index.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = Word(index, i);
            // Three list lookups a word cost about 3 % of the scrub verb's CPU (decision 084): the shared cue flags answer most words without one.
            var role = (index.Cues[i] & WordCue.WardRole) != 0;
            if (role && (Roles.Contains(word) || (AmbiguousRoles.Contains(word) && (tokens[i].SentenceStart || (i > 0 && Determiners.Contains(Word(index, i - 1))))))
                && i + 1 < tokens.Count && Gap(index, i, i + 1) is " " && IsNameShaped(index, lexicon, i + 1))
            {
                Add(index, found, i + 1, ExtendName(index, lexicon, i + 1));
            }
            else if ((index.Cues[i] & WordCue.BedWord) != 0 && BedWords.Contains(word) && AfterBedNumber(index, i) is { } patient && IsNameShaped(index, lexicon, patient))
            {
                Add(index, found, patient, ExtendName(index, lexicon, patient));
            }
            else if (i == tokens.Count - 1 && i > 0 && IsNameShaped(index, lexicon, i) && IsDashSignature(index, i))
            {
                Add(index, found, i, i);
            }
            // The parenthesis test goes first: the name test's list lookups would run on every capitalised word of every post.
            else if (IsRelationInParentheses(index, i) && !tokens[i].IsPossessive && IsNameShaped(index, lexicon, i))
            {
                Add(index, found, i, i);
            }
            else if ((word is "pt" or "patient" or "Pt" or "Patient") && LowerCasePairBeforeAge(index, lexicon, i) is { } pairEnd)
            {
                Add(index, found, i + 1, pairEnd);
            }
            else if (Initials(index, i) is { } initialsEnd)
            {
                MatchInitials(index, lexicon, found, i, initialsEnd);
                i = initialsEnd;
            }
            else if (IsCapitalsPair(word) && !CredentialPairs.Contains(word) && i + 1 < tokens.Count && Gap(index, i, i + 1) is " " && IsTitleSurname(index, i + 1)
                && index.Kinds[i] == WordKind.None && !lexicon.ClinicalTerms.Contains(word))
            {
                // "JR Smith": two capitals before a listed surname that is no English word.
                Add(index, found, i, i + 1);
            }
        }
    }

    // "pt K.L.", "my pt (A.K.)" and "Z. N." after a cue; "A.J. Wickramasinghe", "J. R. Tolkien" before a surname.
    private static void MatchInitials(TokenIndex index, NameLexicon lexicon, List<Detection> found, int first, int last)
    {
        var text = index.Text;
        var tokens = index.Tokens;
        if (last == first + 1 && CredentialPairs.Contains(string.Concat(Word(index, first), Word(index, last))))
        {
            return;
        }

        var before = first > 0 ? Word(index, first - 1) : [];
        var gapBefore = first > 0 ? Gap(index, first - 1, first) : [];
        var afterCue = (before is "pt" or "Pt" or "patient" or "Patient" or "pts" || before.Equals("initials", StringComparison.OrdinalIgnoreCase))
            && gapBefore is " " or " (" or ": " or ", ";
        if (last + 1 < tokens.Count && text.AsSpan(tokens[last].End, tokens[last + 1].Start - tokens[last].End) is ". " && IsTitleSurname(index, last + 1, allowUnknown: true))
        {
            found.Add(new Detection(tokens[first].Start, tokens[last + 1].End, PhiType.Name, 5));
        }
        else if (afterCue)
        {
            found.Add(new Detection(tokens[first].Start, tokens[last].End + 1, PhiType.Name, 5));
        }
    }

    // Two or three one-letter capitals each followed by a period, with at most one space between: "K.L.", "Z. N.", "J. R. R.".
    private static int? Initials(TokenIndex index, int i)
    {
        var tokens = index.Tokens;
        var last = i;
        while (last < tokens.Count && last - i < 3 && IsInitial(index, last)
            && (last == i || index.Text.AsSpan(tokens[last - 1].End, tokens[last].Start - tokens[last - 1].End) is "." or ". "))
        {
            last++;
        }

        return last - i >= 2 ? last - 1 : null;
    }

    private static bool IsInitial(TokenIndex index, int i) =>
        index.Tokens[i].Length == 1 && char.IsAsciiLetterUpper(index.Text[index.Tokens[i].Start]) && index.Tokens[i].PeriodAfter;

    private static bool IsCapitalsPair(ReadOnlySpan<char> word) => word.Length == 2 && char.IsAsciiLetterUpper(word[0]) && char.IsAsciiLetterUpper(word[1]);

    private static bool IsTitleSurname(TokenIndex index, int i, bool allowUnknown = false)
    {
        var word = Word(index, i);
        var kinds = index.Kinds[i];
        if (word.Length < 2 || !char.IsUpper(word[0]) || !word[1..].ContainsAnyInRange('a', 'z') || (kinds & (NeverAName | WordKind.Eponym)) != 0
            || index.IsEnglishWord(i) || (kinds & WordKind.NameWord) != 0)
        {
            return false;
        }

        // After initials a town-named surname counts too ("C.J. Abernathy"); two capitals need a surname that is no town.
        return allowUnknown ? (kinds & ~(WordKind.ListedName | WordKind.City)) == 0 : (kinds & WordKind.Surname) != 0 && (kinds & WordKind.City) == 0;
    }

    // "bed 7 Kurup", "rm 4B Snow", "Bed 11: Mercy Shepherd": the token right after a bed or room number.
    private static int? AfterBedNumber(TokenIndex index, int bed)
    {
        var text = index.Text;
        var position = index.Tokens[bed].End;
        if (position >= text.Length || text[position] != ' ')
        {
            return null;
        }

        position++;
        var digits = position;
        while (position < text.Length && char.IsAsciiDigit(text[position]))
        {
            position++;
        }

        if (position == digits || position - digits > 4)
        {
            return null;
        }

        if (position < text.Length && char.IsAsciiLetter(text[position]) && (position + 1 >= text.Length || !char.IsLetter(text[position + 1])))
        {
            position++;
        }

        var gap = position;
        while (position < text.Length && text[position] is ' ' or ':' or '-' or '\u2013')
        {
            position++;
        }

        if (position - gap is < 1 or > 3)
        {
            return null;
        }

        for (var k = bed + 1; k < index.Tokens.Count && index.Tokens[k].Start <= position; k++)
        {
            if (index.Tokens[k].Start == position)
            {
                return k;
            }
        }

        return null;
    }

    // "Good luck. – Marshal": one listed name or unknown word after a spaced dash that closes the post signs it.
    private static bool IsDashSignature(TokenIndex index, int i)
    {
        var token = index.Tokens[i];
        var gap = Gap(index, i - 1, i);
        var rest = index.Text.AsSpan(token.PossessiveEnd).Trim();
        return rest.Length <= 1 && (rest.IsEmpty || rest[0] is '.' or '!') && !token.IsPossessive
            && (gap.EndsWith(" \u2013 ") || gap.EndsWith(" \u2014 ") || gap.EndsWith(" - ") || gap.EndsWith("\n- ") || gap.EndsWith("\n\u2013 ")
                || gap is "\u2013 " or "\u2014 " or "- ")
            && ((index.Kinds[i] & WordKind.ListedName) != 0 || index.Kinds[i] == WordKind.None);
    }

    // "Poppy (pt's wife)", "Shirin (RN)", "Flint (the pt's grandson)": a relation or ward role within the first three words.
    private static bool IsRelationInParentheses(TokenIndex index, int i)
    {
        var tokens = index.Tokens;
        if (i + 1 >= tokens.Count || Gap(index, i, i + 1) is not " (")
        {
            return false;
        }

        for (var k = i + 1; k < tokens.Count && k <= i + 3; k++)
        {
            var word = Word(index, k);
            var closes = tokens[k].PossessiveEnd < index.Text.Length && index.Text[tokens[k].PossessiveEnd] == ')';
            if (Relations.Contains(word) && !tokens[k].IsPossessive && closes)
            {
                return true;
            }

            if (index.Text.AsSpan(tokens[k].PossessiveEnd, Math.Min(index.Text.Length, k + 1 < tokens.Count ? tokens[k + 1].Start : index.Text.Length) - tokens[k].PossessiveEnd).Contains(')'))
            {
                return false;
            }
        }

        return false;
    }

    // "pt wafula santoso (84F)", "pt storm young (31yo)": one or two lower-case words between "pt" and a parenthesised age.
    private static int? LowerCasePairBeforeAge(TokenIndex index, NameLexicon lexicon, int cue)
    {
        var tokens = index.Tokens;
        var end = cue;
        while (end + 1 < tokens.Count && end - cue < 2 && Gap(index, end, end + 1) is " " && IsLowerCaseNamePart(index, lexicon, end + 1))
        {
            end++;
        }

        if (end == cue || !AgeInParenthesesAfter(index.Text, tokens[end].End))
        {
            return null;
        }

        return end;
    }

    private static bool IsLowerCaseNamePart(TokenIndex index, NameLexicon lexicon, int i)
    {
        var word = Word(index, i);
        return word.Length >= 2 && !word.ContainsAnyInRange('A', 'Z') && !index.Tokens[i].IsPossessive && !LowerStops.Contains(word)
            && !lexicon.ClinicalTerms.Contains(word) && !lexicon.DiseaseWords.Contains(word) && !lexicon.Eponyms.Contains(word) && !UsStates.IsState(word);
    }

    // " (84F)", " (31yo)", " (65-year-old)", " (79 y/o)": digits then a sex letter or an age word.
    private static bool AgeInParenthesesAfter(string text, int position)
    {
        if (position + 3 >= text.Length || text[position] != ' ' || text[position + 1] != '(' || !char.IsAsciiDigit(text[position + 2]))
        {
            return false;
        }

        var k = position + 2;
        while (k < text.Length && char.IsAsciiDigit(text[k]))
        {
            k++;
        }

        var rest = text.AsSpan(k).TrimStart(' ').TrimStart('-');
        return rest.Length > 0 && (rest[0] is 'F' or 'M' or 'f' or 'm' || rest.StartsWith("y", StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsNameShaped(TokenIndex index, NameLexicon lexicon, int i)
    {
        var word = Word(index, i);
        var kinds = index.Kinds[i];
        return word.Length >= 2 && char.IsUpper(word[0]) && word[1..].ContainsAnyInRange('a', 'z') && (kinds & NeverAName) == 0
            && (kinds & WordKind.Eponym) == 0 && !index.IsClinicalTerm(i) && !lexicon.DiseaseWords.Contains(word)
            && !(index.IsEnglishWord(i) && (kinds & WordKind.ListedName) == 0);
    }

    // A second name part right after: "bed 11 Mercy Shepherd", "our MA Lan Nguyen".
    private static int ExtendName(TokenIndex index, NameLexicon lexicon, int i)
    {
        if (i + 1 >= index.Tokens.Count || index.Tokens[i].IsPossessive || Gap(index, i, i + 1) is not " " || !IsNameShaped(index, lexicon, i + 1))
        {
            return i;
        }

        var kinds = index.Kinds[i + 1];
        return kinds == WordKind.None || (kinds & (WordKind.ListedName | WordKind.City)) != 0 ? i + 1 : i;
    }

    private static void Add(TokenIndex index, List<Detection> found, int first, int last) =>
        found.Add(new Detection(index.Tokens[first].Start, index.Tokens[last].End, PhiType.Name, 5));

    private static ReadOnlySpan<char> Gap(TokenIndex index, int left, int right) =>
        index.Text.AsSpan(index.Tokens[left].PossessiveEnd, index.Tokens[right].Start - index.Tokens[left].PossessiveEnd);

    private static ReadOnlySpan<char> Word(TokenIndex index, int i) => index.Text.AsSpan(index.Tokens[i].Start, index.Tokens[i].Length);
}
