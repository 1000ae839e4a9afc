using System.Runtime.InteropServices;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 46 (decision 298): a given name and a surname typed in lower case where the text sets the pair off on both sides, the
/// largest group of the "names in lower case" misses pooled over rounds 10-42. Before the pair: the head of a sentence or line
/// (after ":", ";", "(", "." too), a comma or a spaced dash ("Sitka, deng kuol, 44M", "bed 41A - gunner joensen -"), a kin, role or
/// person noun ("passenger ji-hoon nakamura with"), or a word that takes a person ("found", "calling", "is", "for", "and"). After
/// it: a mark, a bracket, a digit, a possessive, or a word that goes on about a person ("with", "from", "at", "off", "kept").
/// Both words are decision 238's lower-case names (of no English, name-word, clinical, eponym, disease or city list), the first a
/// listed given name or the second a listed surname; a surname that is a word ("crow") only after a listed given name and a
/// person's noun or verb. Decision 100's pairs need one of five slot words, decision 258's a person's clause after.
/// </summary>
internal static class LowerCaseNamePairsSetOff
{
    // Verbs and words whose object is often a person typed by name.
    private static readonly LowerCaseWordSet PersonSlotWords = WordLookups.OrdinalLowerCase("found", "calling", "called", "is", "was", "and", "said", "says", "used", "scheduled", "denied", "for", "on", "about");

    // Words that go on about the person after the name ("off the coaster", "kept asking", "v. Mercy West").
    private static readonly LowerCaseWordSet GoesOnWords = WordLookups.OrdinalLowerCase(
        "with", "from", "at", "off", "in", "behind", "for", "is", "was", "has", "had", "kept", "keeps", "stopped", "called", "works", "got", "came",
         "who", "and", "says", "said", "wants", "v", "apt", "per", "back", "again", "texted", "finally", "joined", "drove", "walked", "presented", "states", "if");

    // What sets the pair off on one side: a mark (a sentence's or line's head, a comma, a dash, a bracket, a digit), or a word that
    // takes or goes on about a person.
    private enum Slot
    {
        None,
        Mark,
        PersonWord,
    }

    // Kinds a part of a name never has (decision 258's list): a word of a clinical phrase, an eponym, a month, a city, a head noun.
    private const WordKind NeverName = WordKind.Clinical | WordKind.Eponym | WordKind.Month | WordKind.Holiday | WordKind.City | WordKind.State
        | WordKind.HeadNoun | WordKind.Institution;

    private const WordCue PersonCues = WordCue.KinNoun | WordCue.ChatKinNoun | WordCue.RoleNoun | WordCue.PersonNoun;

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var tokens = CollectionsMarshal.AsSpan(index.Tokens);
        var text = index.Text;
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            // Cheap tests first (two lower-case words of three letters or more, one space, set off before and after); the lists last.
            // Every test is pure, so their order changes no answer: the word kinds (an array read) and the English list (asked
            // once per token, often already by an earlier rule) go before IsLowerCaseName, which hashes the word for two lists.
            ref readonly var left = ref tokens[i];
            ref readonly var right = ref tokens[i + 1];
            if (left.Length < 3 || right.Length < 3 || !char.IsLower(text[left.Start]) || !char.IsLower(text[right.Start]) || left.IsPossessive
                || right.Start != left.End + 1 || text[left.End] != ' ')
            {
                continue;
            }

            var before = SetOffBefore(index, i);
            var after = before == Slot.None ? Slot.None : SetOffAfter(index, i + 1);
            if (after == Slot.None || (index.Kinds[i] & NeverName) != 0 || (index.Kinds[i + 1] & NeverName) != 0 || index.IsEnglishWord(i)
                || !LowerCaseNamesBesideCues.IsLowerCaseName(index, i, nameWordsToo: false))
            {
                continue;
            }

            // Two words of no English list, the first a listed given name or the second a listed surname that is no given name
            // ("username levente.k" stays). A surname that is a word ("crow") only after a listed given name and a person's noun or
            // verb: after a comma it is as often a noun ("taser barb"). No word of a clinical phrase, month or city: "atrial
            // fibrillation", "thyroid storm", "forklift driver" and "crossmatch december" stay.
            var pair = LowerCaseNamesBesideCues.IsLowerCaseName(index, i + 1, nameWordsToo: false)
                    ? index.IsFirstName(i) || (index.IsSurname(i + 1) && !index.IsFirstName(i + 1))
                    : before == Slot.PersonWord && index.IsFirstName(i) && LowerCaseNamesBesideCues.IsLowerCaseSurnameWord(index, i + 1);
            if (!pair)
            {
                continue;
            }

            found.Add(new Detection(left.Start, right.End, PhiType.Name, 1));
            i++;
        }
    }

    private static Slot SetOffBefore(TokenIndex index, int first)
    {
        var token = index.Tokens[first];
        if (token.SentenceStart)
        {
            return Slot.Mark;
        }

        // A comma, or a dash with a space on both sides ("bed 41A - gunner joensen -"; never "85-year-old", glued to its word).
        var before = index.Text.AsSpan(0, token.Start).TrimEnd(' ');
        if (before.Length > 0 && before[^1] == ',')
        {
            return Slot.Mark;
        }

        if (before.Length > 1 && before[^1] is '-' or '\u2013' or '\u2014' && before.Length < token.Start && before[^2] == ' ')
        {
            return Slot.Mark;
        }

        var previous = first - 1;
        if (previous < 0 || FoundTokens.Gap(index, previous, first) is not " " || !char.IsLower(index.Text[index.Tokens[previous].Start]))
        {
            return Slot.None;
        }

        return ((index.Cues[previous] & PersonCues) != 0 && LowerCaseNamesBesideCues.IsPersonNoun(index, previous)) || PersonSlotWords.Contains(FoundTokens.Word(index, previous))
            ? Slot.PersonWord : Slot.None;
    }

    private static Slot SetOffAfter(TokenIndex index, int last)
    {
        var token = index.Tokens[last];
        var text = index.Text;
        var end = token.PossessiveEnd;
        if (token.IsPossessive || end == text.Length || text[end] is ',' or '.' or ';' or ':' or ')' or '(' or '!' or '?' or '\n')
        {
            return Slot.Mark;
        }

        if (text[end] != ' ' || end + 1 >= text.Length)
        {
            return Slot.None;
        }

        var next = text[end + 1];
        if (char.IsAsciiDigit(next) || next is '(' or '-' or '\u2013' or '\u2014')
        {
            return Slot.Mark;
        }

        return last + 1 < index.Tokens.Count && index.Tokens[last + 1].Start == end + 1 && GoesOnWords.Contains(FoundTokens.Word(index, last + 1))
            ? Slot.PersonWord : Slot.None;
    }
}
