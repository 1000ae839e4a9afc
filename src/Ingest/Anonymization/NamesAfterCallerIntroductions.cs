namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A caller or texter who names themselves at the head of a pasted message (round 50, decision 338): "hi dr its kaimana from the
/// clinic", "hey doc its lupe, mum's sugar", "hi this is Siphokazi with the health department", "\"this is Dakota w/ Rescue 51",
/// "Dr, it's Frank, Hope's husband". The pooled misses of rounds 10-46 hold this slot in eleven rounds, in lower case and capitalised;
/// the name rules read no greeting, and in lower case the name is often a word too ("rose", "faith", "ginger"). Read only where
/// "this is", "it's" or "its" follows a greeting (hi, hey, hello, with a "dr" or "doc" and their name between) or opens a quoted
/// message; the name is a listed given name, or a word no English, clinical or name-word list holds. A second word joins it as
/// a surname only where the name closes there ("ginger bacon (", "rose hunter's"). "hi its me", "hey doc its been a week", "hi,
/// it's Monday" and "this is Lyme" stay.
/// </summary>
internal static class NamesAfterCallerIntroductions
{
    // Words an introduction opens a message with, and words between them and the introduction ("hi dr", "hey doc").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Greetings = new HashSet<string>(
        ["hi", "hey", "hello", "hiya", "heya"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Addressees = new HashSet<string>(
        ["dr", "doc", "doctor"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Listed given names that are words after "its" far more often than names ("its may be nothing", "its will power", "its grace
    // period", "its frank blood"): in lower case they stay words here.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WordsAfterIts = new HashSet<string>(
        ["will", "may", "can", "don", "sat", "case", "mark", "bill", "grace", "frank"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that close a name after its second part, as a mark or a bracket does: "its rusty from the clinic", "this is X with".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ClosingWords = new HashSet<string>(
        ["from", "with", "w", "at", "here"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var tokens = index.Tokens;
        var text = index.Text;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            // Per word a length and two letters: "its" and "this" are three or four letters from i or t to s, "it's" the two letters
            // "it" with a possessive's mark after them; "in", "to", "the", "that", "time" stop here (the first profile's 0.34 % self).
            var token = tokens[i];
            if (token.Length is < 2 or > 4 || (text[token.Start] | 0x20) is not ('i' or 't')
                || (token.Length == 2 ? !token.IsPossessive : (text[token.End - 1] | 0x20) != 's'))
            {
                continue;
            }

            var name = NameAfterIntroduction(index, i);
            if (name < 0 || !OpensAMessage(index, i))
            {
                continue;
            }

            var last = SecondPart(index, name) ? name + 1 : name;
            found.Add(new Detection(tokens[name].Start, tokens[last].End, PhiType.Name, 1));
            i = last;
        }
    }

    // The token after "this is", "it's" or "its" when it may be a name, or -1.
    private static int NameAfterIntroduction(TokenIndex index, int i)
    {
        var tokens = index.Tokens;
        var word = FoundTokens.Word(index, i);
        int name;
        if (word.Equals("this", StringComparison.OrdinalIgnoreCase))
        {
            if (i + 2 >= tokens.Count || FoundTokens.Gap(index, i, i + 1) is not " " || !FoundTokens.Word(index, i + 1).Equals("is", StringComparison.OrdinalIgnoreCase)
                || tokens[i + 1].IsPossessive)
            {
                return -1;
            }

            name = i + 2;
        }
        else if ((word.Equals("its", StringComparison.OrdinalIgnoreCase) && !tokens[i].IsPossessive)
            || (word.Equals("it", StringComparison.OrdinalIgnoreCase) && tokens[i].IsPossessive))
        {
            name = i + 1;
        }
        else
        {
            return -1;
        }

        return FoundTokens.Gap(index, name - 1, name) is " " && IsName(index, name) ? name : -1;
    }

    private static bool IsName(TokenIndex index, int n)
    {
        var word = FoundTokens.Word(index, n);
        if (word.Length < 2 || (index.Kinds[n] & FoundTokens.NeverNamePart) != 0)
        {
            return false;
        }

        if (FoundTokens.IsTitleCase(word))
        {
            return !FoundNameNeighbours.Weekdays.Contains(word) && !NamedBrands.Brands.Contains(word)
                && ((index.Cues[n] & WordCue.FunctionWord) == 0 || !FoundTokens.FunctionWords.Contains(word))
                && (index.IsFirstName(n) || index.IsSurname(n) || !index.IsEnglishWord(n));
        }

        return LowerCaseNamesBesideCues.IsLowerCaseName(index, n, nameWordsToo: false)
            || (!WordsAfterIts.Contains(word) && index.IsFirstName(n) && LowerCaseNamesBesideCues.IsLowerCaseName(index, n, nameWordsToo: true));
    }

    // Before the introduction, across spaces, commas and periods only: a greeting, with "dr" or "doc" (and a name after "dr") between
    // ("hi dr its", "Hey Dr Quill, it's"), or a quote mark ("\"this is Dakota", "\"Dr, it's Frank"). The chain is read back three words.
    private static bool OpensAMessage(TokenIndex index, int intro)
    {
        var tokens = index.Tokens;
        var text = index.Text;
        var start = tokens[intro].Start;
        for (var k = intro - 1; ; k--)
        {
            var gapStart = k >= 0 ? tokens[k].PossessiveEnd : 0;
            var gap = text.AsSpan(gapStart, start - gapStart);
            var trimmed = gap.TrimEnd(" ,.!");
            if (trimmed.Length > 0)
            {
                // An opening quote mark: at the post's head or after a space, a colon or a line break ("verbatim: \"this is").
                return IsQuoteMark(trimmed[^1]) && (trimmed.Length == 1 || trimmed[^2] is ' ' or ':' or '\n' or '(');
            }

            if (k < 0 || intro - k > 3)
            {
                return false;
            }

            var word = FoundTokens.Word(index, k);
            if (word.Length <= 6 && Greetings.Contains(word))
            {
                return true;
            }

            var afterDoctor = k > 0 && FoundTokens.IsTitleCase(word) && FoundTokens.Word(index, k - 1).Equals("dr", StringComparison.OrdinalIgnoreCase);
            if (!(word.Length <= 6 && Addressees.Contains(word)) && !afterDoctor)
            {
                return false;
            }

            start = tokens[k].Start;
        }
    }

    private static bool IsQuoteMark(char c) => c is '"' or '\u201C' or '\'' or '\u2018';

    // "ginger bacon (", "rose hunter's", "Siphokazi Dube with": a second word that is a surname where the name closes after it.
    private static bool SecondPart(TokenIndex index, int name)
    {
        var tokens = index.Tokens;
        var next = name + 1;
        if (tokens[name].IsPossessive || next >= tokens.Count || FoundTokens.Gap(index, name, next) is not " " || (index.Kinds[next] & FoundTokens.NeverNamePart) != 0)
        {
            return false;
        }

        var word = FoundTokens.Word(index, next);
        var surname = char.IsLower(index.Text[tokens[name].Start])
            ? LowerCaseNamesBesideCues.IsLowerCaseName(index, next, nameWordsToo: false) || LowerCaseNamesBesideCues.IsLowerCaseSurnameWord(index, next)
            : FoundTokens.IsTitleCase(word) && ((index.Cues[next] & WordCue.FunctionWord) == 0 || !FoundTokens.FunctionWords.Contains(word))
                && (index.IsSurname(next) || !index.IsEnglishWord(next));
        return surname && ClosesAfter(index, next);
    }

    private static bool ClosesAfter(TokenIndex index, int i)
    {
        var tokens = index.Tokens;
        var text = index.Text;
        var end = tokens[i].PossessiveEnd;
        if (tokens[i].IsPossessive || end == text.Length || text[end] is ',' or '.' or ';' or ':' or '!' or '?' or '\n' or ')' or '"' or '\u201D')
        {
            return true;
        }

        if (text.AsSpan(end).StartsWith(" (", StringComparison.Ordinal))
        {
            return true;
        }

        return i + 1 < tokens.Count && FoundTokens.Gap(index, i, i + 1) is " " && ClosingWords.Contains(FoundTokens.Word(index, i + 1));
    }
}
