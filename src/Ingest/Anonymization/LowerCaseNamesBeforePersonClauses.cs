namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A name typed in lower case that the words after it say is a person (round 41, decision 258), the slot the rotation's lower-case
/// misses share across rounds and authors where no cue comes before: a given name and surname (a third part may follow) before
/// a set-off age ("tõnu saar, 51, heat stroke", "delroy campbell 54M"), a return or arrival ("omg mzia javakhishvili is back",
/// "ugh lobsang szabó back again", "so mrunal gokhale comes in", "rivo andriamanana got hurt") or a person's verb ("nino beridze
/// texted me"); one name only after a chat opener ("omg tayo came back", "ok so wren from Igloo"). The first word is of no
/// English, name-word, clinical or city list (<see cref="LowerCaseNamesBesideCues.IsLowerCaseName"/>), or a listed given name
/// that is also a word ("hope", "robin") where a clause or a chat opener sits before it; the later parts may be listed surnames
/// that are words ("woods", "small"). A lower-case word after the pair that is not such a clause makes it a phrase and keeps it.
/// </summary>
internal static class LowerCaseNamesBeforePersonClauses
{
    // Words that open the clause after a name; each is read with the word after it (ClauseAt), never alone but "works", "again".
    // Their cue flag (WordCue.PersonClause) is the rule's pre-check on every word.
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseWords = new HashSet<string>(
        ["is", "back", "again", "comes", "came", "got", "works", "from"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Typed before a name that opens a chat message: "omg", "ugh", "so", "lol", "ok".
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ChatOpeners = new HashSet<string>(
        ["so", "sooo", "omg", "ugh", "lol", "ok", "pt"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // A listed given name that is also a function word is read as the word: "pt will cook again", "may rose again".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WordsBeforeVerbs = new HashSet<string>(
        ["will", "may", "can", "mark", "bill", "case", "sat", "don"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners = new HashSet<string>(
        ["the", "a", "an", "of", "with", "my", "his", "her", "their", "our", "your", "this", "that", "its", "The", "My", "His", "Her", "Our"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // "visits", "lives" are nouns as often as a person's verbs ("for his subdural hematoma visits").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NounVerbs = new HashSet<string>(
        ["visits", "lives", "passed"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Kinds a part of a name never has: a clinical word or phrase (marked on every word), an eponym, a month, a city or a head noun.
    private const WordKind NeverName = WordKind.Clinical | WordKind.Eponym | WordKind.Month | WordKind.Holiday | WordKind.City | WordKind.State
        | WordKind.HeadNoun | WordKind.Institution;

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var tokens = index.Tokens;
        var text = index.Text;
        for (var last = 0; last < tokens.Count; last++)
        {
            // Per word only a first letter, a cue flag of the next word (decision 093) or the two characters after it: most words stop
            // here. The run before, its clause and the lists only where a clause may follow.
            if (!char.IsLower(text[tokens[last].Start]) || tokens[last].IsPossessive || !ClauseMayFollow(index, last))
            {
                continue;
            }

            // The clause is read once for the word before it, before any run is walked: most words before "is" or "from" open none.
            var clause = ClauseAt(index, last);
            if (clause == Clause.None)
            {
                continue;
            }

            var first = FirstPartBeforeClause(index, last, clause);
            if (first >= 0)
            {
                found.Add(new Detection(tokens[first].Start, tokens[last].End, PhiType.Name, 1));
            }
        }
    }

    // A clause word or a person's verb by its cue flag, or a digit after " " or ", " (a set-off age).
    private static bool ClauseMayFollow(TokenIndex index, int last)
    {
        if (last + 1 < index.Tokens.Count && (index.Cues[last + 1] & (WordCue.PersonClause | WordCue.PersonVerb)) != 0)
        {
            return true;
        }

        var text = index.Text;
        var end = index.Tokens[last].End;
        return end + 1 < text.Length && ((text[end] == ' ' && char.IsAsciiDigit(text[end + 1]))
            || (text[end] == ',' && end + 2 < text.Length && text[end + 1] == ' ' && char.IsAsciiDigit(text[end + 2])));
    }

    // The first part of a run of one to three lower-case words ending at last that the clause after it closes, or -1; the longest
    // run first ("chaska little thunder back again"). One word only after a chat opener.
    private static int FirstPartBeforeClause(TokenIndex index, int last, Clause clause)
    {
        var tokens = index.Tokens;
        var earliest = last;
        while (earliest > 0 && last - earliest < 2 && FoundTokens.Gap(index, earliest - 1, earliest) is " " && !tokens[earliest - 1].IsPossessive
            && tokens[earliest].Length >= 2 && !JoinedBefore(index.Text, tokens[earliest].Start) && char.IsLower(index.Text[tokens[earliest - 1].Start]))
        {
            earliest--;
        }

        for (var first = earliest; first <= last; first++)
        {
            if (tokens[first].Length < 3 || JoinedBefore(index.Text, tokens[first].Start) || (first == last && !AfterChatOpener(index, first))
                || !Closes(clause, index, first, last) || !PartsAreNames(index, first, last) || !IsFirstPart(index, first, last) || AfterDeterminer(index, first))
            {
                continue;
            }

            return first;
        }

        return -1;
    }

    private static bool PartsAreNames(TokenIndex index, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if ((index.Kinds[k] & NeverName) != 0
                || (k > first && !LowerCaseNamesBesideCues.IsLowerCaseName(index, k, nameWordsToo: false) && !LowerCaseNamesBesideCues.IsLowerCaseSurnameWord(index, k)))
            {
                return false;
            }
        }

        return true;
    }

    // "85-year-old just wants": a word joined to the one before it by a hyphen, a digit or a letter is no name's first part.
    private static bool JoinedBefore(string text, int start) => start > 0 && (text[start - 1] is '-' or '/' || char.IsLetterOrDigit(text[start - 1]));

    // "the hyperbaric chamber wants", "pattern of pityriasis rosea came in": a noun phrase, not a person.
    private static bool AfterDeterminer(TokenIndex index, int first) =>
        first > 0 && FoundTokens.Gap(index, first - 1, first) is " " && Determiners.Contains(FoundTokens.Word(index, first - 1));

    // A word of no list, or a listed given name that is also a word where a sentence, a set-off part or a chat opener comes before.
    private static bool IsFirstPart(TokenIndex index, int first, int last)
    {
        if (LowerCaseNamesBesideCues.IsLowerCaseName(index, first, nameWordsToo: false))
        {
            return true;
        }

        var word = FoundTokens.Word(index, first);
        return !WordsBeforeVerbs.Contains(word) && LowerCaseNamesBesideCues.IsLowerCaseName(index, first, nameWordsToo: true) && index.IsFirstName(first)
            && (index.Tokens[first].SentenceStart || SetOffBefore(index, first) || AfterChatOpener(index, first)) && (last > first || AfterChatOpener(index, first));
    }

    private static bool SetOffBefore(TokenIndex index, int first)
    {
        var before = index.Text.AsSpan(0, index.Tokens[first].Start).TrimEnd(' ');
        return before.Length == 0 || before[^1] is ',' or ':' or ';' or '(';
    }

    private static bool AfterChatOpener(TokenIndex index, int first)
    {
        var before = first - 1;
        return before >= 0 && FoundTokens.Gap(index, before, first) is " " && index.Tokens[before].Length <= 4 && char.IsLower(index.Text[index.Tokens[before].Start])
            && ChatOpeners.Contains(FoundTokens.Word(index, before));
    }

    // What follows the name's last part: a set-off age (", 51,", " 54M", " 62 F"), a return or arrival, a person's verb, "again"
    // closing the sentence, or "from" and a capitalised place. Read too by WordNamePairsBeforePersonClauses (decision 273).
    internal enum Clause
    {
        None,
        Age,
        Verb,
        Arrival,
        Again,
        From,
    }

    internal static Clause ClauseAt(TokenIndex index, int last)
    {
        var tokens = index.Tokens;
        if (AgeAfter(index.Text.AsSpan(tokens[last].End)))
        {
            return Clause.Age;
        }

        var next = last + 1;
        if (next >= tokens.Count || FoundTokens.Gap(index, last, next) is not " ")
        {
            return Clause.None;
        }

        var cue = index.Cues[next];
        var word = FoundTokens.Word(index, next);
        if ((cue & WordCue.PersonVerb) != 0 && NameDetector.PersonVerbs.Contains(word) && !NounVerbs.Contains(word))
        {
            return Clause.Verb;
        }

        if ((cue & WordCue.PersonClause) == 0 || !ClauseWords.Contains(word))
        {
            return Clause.None;
        }

        var after = index.Text.AsSpan(tokens[next].End);
        return word switch
        {
            "is" when after.StartsWith(" back") || after.StartsWith(" my ") => Clause.Arrival,
            "back" when after.StartsWith(" again") || after.StartsWith(" w ") || after.StartsWith(" w/") || after.StartsWith(" after") => Clause.Arrival,
            // "thyroid storm again.": "again" alone only after a listed given name and surname ("earl snow again."), judged in Closes.
            "again" when after.Length == 0 || after[0] is '.' or ',' or '!' or ';' => Clause.Again,
            "comes" or "came" when after.StartsWith(" in") || after.StartsWith(" back") || after.StartsWith(" off") => Clause.Arrival,
            "got" when after.StartsWith(" hurt") || after.StartsWith(" paged") || after.StartsWith(" pinned") => Clause.Arrival,
            // "so hope from Friday" is a time, not a place.
            "from" when next + 1 < tokens.Count && FoundTokens.Gap(index, next, next + 1) is " " && char.IsUpper(index.Text[tokens[next + 1].Start])
                && !FoundNameNeighbours.Weekdays.Contains(FoundTokens.Word(index, next + 1)) => Clause.From,
            "is" or "back" or "again" or "comes" or "came" or "got" or "from" => Clause.None,
            _ => Clause.Arrival,
        };
    }

    // Whether the clause closes the run first..last: an age or "again" only after two or three parts (and "again" after a listed
    // given name and surname), "from" after one name alone, a person's verb or an arrival after either.
    private static bool Closes(Clause clause, TokenIndex index, int first, int last) => clause switch
    {
        Clause.Age => first < last,
        Clause.Again => first < last && index.IsFirstName(first) && index.IsSurname(last),
        Clause.From => first == last,
        Clause.Verb or Clause.Arrival => true,
        _ => false,
    };

    // ", 51," / ", 41M" / " 54M" / " 62 F" / " 35 M": an age of one to three digits set off after the name.
    private static bool AgeAfter(ReadOnlySpan<char> rest)
    {
        var comma = rest.StartsWith(", ");
        var digits = rest[(comma ? 2 : rest.StartsWith(" ") ? 1 : rest.Length)..];
        var n = 0;
        while (n < digits.Length && n < 4 && char.IsAsciiDigit(digits[n]))
        {
            n++;
        }

        if (n is 0 or > 3)
        {
            return false;
        }

        var tail = digits[n..];
        if (comma && (tail.Length == 0 || tail[0] is ',' or ')' or '.'))
        {
            return true;
        }

        tail = tail.TrimStart(' ');
        return tail.Length > 0 && tail[0] is 'M' or 'F' or 'm' or 'f' && (tail.Length == 1 || !char.IsLetter(tail[1]));
    }
}
