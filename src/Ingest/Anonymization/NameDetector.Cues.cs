using System.Collections.Frozen;
using System.Globalization;

namespace Sermo.Ingest.Anonymization;

/// <summary>The rules that read the words around a name: person cues, words of talking to or hearing from someone, an age set off after it.</summary>
internal sealed partial class NameDetector
{
    // "told Janaye", "thanked Corilla": a capitalised word right after these is the person spoken to.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ContactVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "told", "asked", "thanked", "paged", "texted", "emailed", "reminded", "informed", "warned", "phoned", "messaged", "reassured", "counseled",
        "counselled", "advised", "thanks", "thx", "aka").GetAlternateLookup<ReadOnlySpan<char>>();

    // "spoke to Fionnula", "talked with Iseabal".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TalkVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "spoke", "speak", "speaking", "spoken", "talked", "talk", "talking", "chatted", "met", "meeting", "sat", "wrote", "writing").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"a call from Ivy", "voicemail from Dawn": what someone sends; the capitalised word after "from" is its sender.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MessageNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "call", "calls", "voicemail", "voicemails", "message", "messages", "msg", "text", "texts", "email", "emails", "e-mail", "page", "note",
        "letter", "card", "fax", "callback", "heard", "hear", "hearing").GetAlternateLookup<ReadOnlySpan<char>>();

    // Cues that are also professions: a role after them is no name ("nurse Practitioner", "resident Physician").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ProfessionCues = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "nurse", "resident", "fellow", "attending", "intern", "surgeon", "pcp", "partner", "colleague", "np", "rn", "hospitalist", "pharmacist",
        "interpreter", "aide").GetAlternateLookup<ReadOnlySpan<char>>();

    // "kudos to Summer", "shout-out to Hunter": praise names the person after "to".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PraiseNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "kudos", "shout-out", "shoutout", "props", "congrats", "congratulations", "thanks", "grateful").GetAlternateLookup<ReadOnlySpan<char>>();

    // "Hazel Brandvold (97)", "Lark Ellery (101!)", "Grover Lindqvist, 92,": a number from 90 to 130 set off right after a
    // name is that person's age.
    private static void AgeAfterName(string text, int nameEnd, List<Detection> found)
    {
        if ((SetOffNumber(text, nameEnd) ?? StatedNumber(text, nameEnd)) is { } age && int.Parse(text.AsSpan(age.Start, age.Length), CultureInfo.InvariantCulture) is >= 90 and <= 130)
        {
            found.Add(new Detection(age.Start, age.Start + age.Length, PhiType.Age, 4));
        }
    }

    // "Mrs. Etxeberria is 103 and still on ...", "Ozias is 96!": a number stated of a person with "is" is an age unless a unit
    // follows ("Lopez is 95 kg", "Maria is 95% adherent").
    private static (int Start, int Length)? StatedNumber(string text, int end)
    {
        var rest = text.AsSpan(end);
        if (!rest.StartsWith(" is ", StringComparison.Ordinal) && !rest.StartsWith(" is now ", StringComparison.Ordinal))
        {
            return null;
        }

        var offset = rest.StartsWith(" is now ", StringComparison.Ordinal) ? 8 : 4;
        var digits = rest[offset..].IndexOfAnyExceptInRange('0', '9');
        var length = digits < 0 ? rest.Length - offset : digits;
        if (length is not (2 or 3))
        {
            return null;
        }

        var after = rest[(offset + length)..];
        var unit = !after.IsEmpty && (char.IsLetterOrDigit(after[0]) || after[0] is '%' or '/' || (after[0] is '.' or ',' && after.Length > 1 && char.IsAsciiDigit(after[1]))
            || (after[0] == ' ' && after.Length > 1 && !after[1..].StartsWith("and", StringComparison.Ordinal) && !after[1..].StartsWith("y", StringComparison.Ordinal)
                && char.IsAsciiLetterLower(after[1]) && after.Length > 2 && !after[2..].StartsWith(" ", StringComparison.Ordinal) && IsUnitWord(after[1..])));
        return unit ? null : (end + offset, length);
    }

    private static bool IsUnitWord(ReadOnlySpan<char> rest)
    {
        var length = rest.IndexOfAny(' ', ',', '.');
        var word = length < 0 ? rest : rest[..length];
        return word is "kg" or "kgs" or "lb" or "lbs" or "pounds" or "percent" or "mg" or "bpm" or "degrees" or "mmhg" or "mm" or "cm" or "units" or "mins" or "minutes"
            or "days" or "hours" or "points" or "beats" or "ml" or "over" or "on" or "of" or "out";
    }

    /// <summary>Two or three digits in parentheses or between commas right after <paramref name="end"/>: "(97)", "(101!)", "(93F)", ", 92,".</summary>
    private static (int Start, int Length)? SetOffNumber(string text, int end)
    {
        var rest = text.AsSpan(end);
        var parenthesis = rest.StartsWith(" (");
        if (!parenthesis && !rest.StartsWith(", "))
        {
            return null;
        }

        var digits = rest[2..].IndexOfAnyExceptInRange('0', '9');
        var closed = digits is 2 or 3 && (rest[2 + digits] is ')' or '!' or ',' || (parenthesis && rest[2 + digits] is 'F' or 'M'));
        return closed ? (end + 2, digits) : null;
    }

    private readonly partial struct Scan
    {
        // Rule 2: a person cue ("patient", "named", "daughter", "her name is") followed by a listed name.
        public int? MatchCue(int i)
        {
            if (AppositiveAfterCue(i) || WordNameAfterRelationCue(i))
            {
                return ExtendName(i, allowEponyms: false, allowUnlisted: true);
            }

            var contact = AfterContactVerb(i) || CueBeforeParenthesis(i);
            if (i == 0 || !(contact || (Adjacent(i - 1, i) && (Is(i - 1, WordKind.PersonCue) || NameIs(i)))))
            {
                return null;
            }

            // After a person cue ("my patient Cowgur", "his wife Ballis") or a verb of talking to someone ("spoke to
            // Fionnula", "told Janaye") a capitalised word no list knows is the name too: the cue says a person
            // follows, and clinical words, places and months are all listed. "a call from Hope Hospice" is a place of care.
            var unlisted = (Is(i - 1, WordKind.PersonCue) || contact) && IsUnknownWord(i) && !(ProfessionCues.Contains(Word(i - 1)) && IsRoleShaped(Word(i)));
            if ((!IsListedName(i) && !unlisted) || Is(i, WordKind.Clinical) || IsEponymUse(i) || (contact && (BeforeInstitution(i) || Is(i, WordKind.Title))))
            {
                return null;
            }

            return ExtendName(i, allowEponyms: false, allowUnlisted: true);
        }

        // "told Janaye", "spoke to Fionnula", "thank you Marigold", "a call from Ivy", "heard back from Destiny", "kudos to Summer".
        private bool AfterContactVerb(int i)
        {
            if (i == 0 || !Adjacent(i - 1, i))
            {
                return false;
            }

            var before = Word(i - 1);
            if (ContactVerbs.Contains(before))
            {
                return true;
            }

            if (i < 2 || !Adjacent(i - 2, i - 1))
            {
                return false;
            }

            var twoBefore = Word(i - 2);
            return before switch
            {
                "to" or "with" => TalkVerbs.Contains(twoBefore) || PraiseNouns.Contains(twoBefore),
                "you" => twoBefore.Equals("thank", StringComparison.OrdinalIgnoreCase),
                "by" => twoBefore is "goes" or "go" or "went" or "going", // "she goes by Pearl": the name someone is called
                "for" => twoBefore is "ask" or "asked" or "asking" or "Ask", // "ask for Ocean": the person to reach
                "from" => MessageNouns.Contains(twoBefore) || (twoBefore is "back" && i >= 3 && MessageNouns.Contains(Word(i - 3))),
                _ => false,
            };
        }

        // "The wife, Honey, brings the pill box": a word set off by commas right after a person cue is that person's name, even
        // an English word; the commas and the cue say a name stands between them.
        private bool AppositiveAfterCue(int i) =>
            i > 0 && Is(i - 1, WordKind.PersonCue) && !Is(i - 1, WordKind.Title) && Text.AsSpan(Tokens[i - 1].PossessiveEnd, Tokens[i].Start - Tokens[i - 1].PossessiveEnd) is ", "
            && IsLooseNamePart(i) && Tokens[i].PossessiveEnd < Text.Length && Text[Tokens[i].PossessiveEnd] == ',';

        // "husband Ocean Crook", "Wife Sugar says", "Our NP Rain thinks": a capitalised word mid-sentence right after a relative or a
        // colleague is a name even when it is an English word. Not after "patient"/"pt", which charts follow with capitalised
        // findings ("pt Denies pain"); a role after a profession stays ("nurse Practitioner").
        private bool WordNameAfterRelationCue(int i)
        {
            if (i == 0 || Tokens[i].SentenceStart || !Is(i - 1, WordKind.PersonCue) || !Adjacent(i - 1, i) || Tokens[i - 1].IsPossessive || !IsLooseNamePart(i))
            {
                return false;
            }

            var cue = Word(i - 1);
            return !(cue.Equals("patient", StringComparison.OrdinalIgnoreCase) || cue.Equals("pt", StringComparison.OrdinalIgnoreCase))
                && !(ProfessionCues.Contains(cue) && IsRoleShaped(Word(i))) && !BeforeInstitution(i);
        }

        // "X (June)" after a person cue: "Wife (June) says".
        private bool CueBeforeParenthesis(int i) =>
            i > 0 && Is(i - 1, WordKind.PersonCue) && Text.AsSpan(Tokens[i - 1].PossessiveEnd, Tokens[i].Start - Tokens[i - 1].PossessiveEnd) is " (" or "(";

        // "Hope Hospice", "Mercy Hospital", "Grace Clinic": a capitalised place of care or department right after the word.
        private bool BeforeInstitution(int i) =>
            i + 1 < Tokens.Count && Adjacent(i, i + 1) && char.IsUpper(Text[Tokens[i + 1].Start]) && Is(i + 1, WordKind.Institution | WordKind.Clinical);

        // "marisol quintero": a listed given name and a listed surname typed in lower case, neither an English word nor a
        // name-word, read as a person with no cue ("pt maria" has its own rule).
        public int? MatchLowerCasePair(int i)
        {
            // The lengths first (IsLowerCaseName wants three letters): short words ("of", "to", "is") are common, and each list costs a lookup.
            // A capital A-Z opening the second word fails IsLowerCaseName before any list ("saw Smith").
            if (i + 1 >= Tokens.Count || Tokens[i].Length < 3 || Tokens[i + 1].Length < 3 || char.IsAsciiLetterUpper(Text[Tokens[i + 1].Start])
                || !Adjacent(i, i + 1) || Tokens[i].IsPossessive || !Index.IsFirstName(i) || !Index.IsSurname(i + 1)
                || !IsLowerCaseName(i) || !IsLowerCaseName(i + 1))
            {
                return null;
            }

            return i + 1;
        }

        // "Hope Sterling, 94, fell", "Lark Ellery (101!)": two name words that are also English words, followed by an age set
        // off in parentheses or commas, are a person; the age says so where the words alone do not. A given name no list
        // holds ("Lark") needs an age over 89, itself an identifier: "Grand Rounds (12)" stays.
        public int? MatchAgedPair(int i)
        {
            var j = i + 1;
            if (j >= Tokens.Count || Tokens[i].IsPossessive || !Adjacent(i, j) || SetOffNumber(Text, Tokens[j].PossessiveEnd) is not { } age
                || !(Is(j, WordKind.ListedName) || IsUnknownWord(j) || IsCityOnlyWord(j)) || !IsLooseNamePart(i) || !IsLooseNamePart(j))
            {
                return null;
            }

            var listedFirst = Is(i, WordKind.FirstName) || IsUnknownWord(i);
            return listedFirst || int.Parse(Text.AsSpan(age.Start, age.Length), CultureInfo.InvariantCulture) >= 90 ? j : null;
        }

        /// <summary>
        /// A title-case word that could be part of a name in a record even if it is an English word or a word of a state's
        /// name ("West, Nelie", "Whittaker, Gipsy"): no clinical word, month, holiday, title, cue, place of care, state or clause verb.
        /// </summary>
        private bool IsLooseNamePart(int i) =>
            Tokens[i].Length >= 3 && NameTokenizer.IsNameCase(Word(i)) && !UsStates.IsState(Word(i))
            && (Kinds[i] & (WordKind.Clinical | WordKind.Month | WordKind.Holiday | WordKind.Title | WordKind.PersonCue | WordKind.Institution)) == 0
            && !IsClauseVerb(i) && !IsEponymUse(i) && !IsStandaloneEponym(i);
    }
}
