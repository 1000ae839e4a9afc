using System.Collections.Frozen;

namespace Sermo.Ingest.Anonymization;

/// <summary>The rules over two adjacent words: unknown pairs, a listed name beside an unknown word, surname first.</summary>
internal sealed partial class NameDetector
{
    // Capitalised, these open a clause rather than continue a name: "Dr. Chen Will see her", "Maria May need".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "will", "may", "can", "could", "would", "should", "must", "shall", "might", "did", "does", "do", "has", "had", "have", "is", "was", "are",
        "were", "said", "says", "told", "asked", "called", "wants", "needs", "and", "or", "but").GetAlternateLookup<ReadOnlySpan<char>>();

    // "told Janaye", "thanked Corilla": a capitalised word right after these is the person spoken to.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ContactVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "told", "asked", "thanked", "paged", "texted", "emailed", "reminded", "informed", "warned", "phoned", "messaged", "reassured", "counseled",
        "counselled", "advised").GetAlternateLookup<ReadOnlySpan<char>>();

    // "spoke to Fionnula", "talked with Iseabal".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TalkVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "spoke", "speak", "speaking", "spoken", "talked", "talk", "talking", "chatted", "met", "meeting", "sat", "wrote", "writing").GetAlternateLookup<ReadOnlySpan<char>>();

    // Words before a surname-first name in a chart line, a consult note or a sign-out list: "Had Butler, Casi in clinic".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RecordLeads = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "had", "saw", "seen", "see", "for", "re", "one", "presented", "patient", "pt", "name", "readmitted", "admitted", "discharged", "note", "out",
        "was", "is", "by", "attn", "with", "about").GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly partial struct Scan
    {
        // Rule 7: two adjacent capitalised words that no list knows and that are no common English word
        // ("Bohra Klawuhn, age 92"), or two such words around a middle initial ("Joyann X. Piccini"), are a person:
        // drugs, eponyms, places, months and ordinary words are all listed, and an unknown pair is how a rare given
        // name and surname look. A lone unknown word is not enough.
        public int? MatchUnknownPair(int i)
        {
            var j = i + 1;
            if (j + 1 < Tokens.Count && IsInitial(j) && Adjacent(i, j) && Adjacent(j, j + 1))
            {
                j++;
            }

            if (j >= Tokens.Count || !IsUnknownWord(i) || !IsUnknownWord(j) || Tokens[i].IsPossessive || !Adjacent(j - 1, j)
                || IsEponymUse(i) || IsEponymUse(j) || Word(i).Contains('-') && Word(j).Contains('-'))
            {
                return null;
            }

            return j;
        }

        // Rule 9: a word no list knows beside a listed name, even one that is also an English word: "Aridatha Peters",
        // "resident presented Gates Koek", "Salomi Garner". A verb opening a clause ("Will") or a word opening a
        // sentence that is an ordinary English word is no name part.
        public int? MatchNamePair(int i)
        {
            var j = i + 1;
            if (j >= Tokens.Count || Tokens[i].IsPossessive || !Adjacent(i, j) || IsEponymUse(i) || IsEponymUse(j))
            {
                return null;
            }

            var unknownFirst = (IsUnknownWord(i) || IsCityOnlyWord(i)) && IsPairableName(j);
            var unknownSecond = IsPairableName(i) && IsUnknownWord(j) && !(Tokens[i].SentenceStart && IsCommonWord(i));
            return unknownFirst || unknownSecond ? j : null;
        }

        // Rule 10: surname first, the form of charts, fax covers and sign-out lists: "Okonkwo, Adaeze - MRN ...",
        // "Consult note for Powers, Wylma (93F)", "Had Butler, Casi in clinic". Both words listed names or unknown
        // words, and the pair read as a record: a record word or a colon before it, or a dash, parenthesis, comma,
        // number or "DOB" after it. "Thanks, Maria" and "Still, Grace said" stay.
        public int? MatchSurnameFirst(int i)
        {
            var j = i + 1;
            if (j >= Tokens.Count || Tokens[i].IsPossessive || Text.AsSpan(Tokens[i].End, Tokens[j].Start - Tokens[i].End) is not ", "
                || Tokens[i].Length < 3 || Tokens[j].Length < 3 || !IsPairableName(i, allowUnknown: true) || !IsPairableName(j, allowUnknown: true))
            {
                return null;
            }

            var last = j;
            if (last + 1 < Tokens.Count && IsInitial(last + 1) && Adjacent(last, last + 1))
            {
                last++; // "Fenwick, Tobias J."
            }

            return RecordBefore(i) || RecordAfter(last) ? last : null;
        }

        // "told Janaye", "spoke to Fionnula", "talked with Iseabal".
        public bool AfterContactVerb(int i)
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

            return i >= 2 && before is "to" or "with" && Adjacent(i - 2, i - 1) && TalkVerbs.Contains(Word(i - 2));
        }

        // "X (June)" after a person cue: "Wife (June) says".
        public bool CueBeforeParenthesis(int i) =>
            i > 0 && Is(i - 1, WordKind.PersonCue) && Text.AsSpan(Tokens[i - 1].PossessiveEnd, Tokens[i].Start - Tokens[i - 1].PossessiveEnd) is " (" or "(";

        // "Colby and Piper": a listed name or a word no list knows right after "and" that follows a detected name.
        public int? MatchConjoinedName(int i, int claimed)
        {
            if (i < 2 || claimed != i - 2 || !Adjacent(i - 2, i - 1) || !Adjacent(i - 1, i) || Word(i - 1) is not ("and" or "or" or "&")
                || !IsPairableName(i, allowUnknown: true) || Tokens[i].Length < 3)
            {
                return null;
            }

            return ExtendName(i, allowEponyms: false, allowUnlisted: true);
        }

        private bool IsPairableName(int i, bool allowUnknown = false) =>
            (Is(i, WordKind.ListedName) || (allowUnknown && IsUnknownWord(i))) && Tokens[i].Length >= 2 && NameTokenizer.IsNameCase(Word(i))
            && (Kinds[i] & (WordKind.Clinical | WordKind.State | WordKind.Month | WordKind.Holiday | WordKind.Title | WordKind.PersonCue)) == 0
            && !IsClauseVerb(i) && !IsEponymUse(i) && !IsStandaloneEponym(i);

        private bool IsClauseVerb(int i) => ClauseVerbs.Contains(Word(i));

        private bool IsInitial(int i) => Tokens[i].Length == 1 && Tokens[i].PeriodAfter && char.IsUpper(Text[Tokens[i].Start]);

        private bool RecordBefore(int i)
        {
            var before = Text.AsSpan(0, Tokens[i].Start).TrimEnd(' ');
            if (before.Length > 0 && before[^1] is ':' or '(' or '-' or '\u2013')
            {
                return true;
            }

            return i > 0 && Adjacent(i - 1, i) && RecordLeads.Contains(Word(i - 1));
        }

        private bool RecordAfter(int last)
        {
            var after = Text.AsSpan(Tokens[last].EndWithPeriod).TrimStart(' ');
            if (after.IsEmpty || after[0] is '-' or '\u2013' or '(' or ',' or ';' or ':' or '[' or '/' || char.IsAsciiDigit(after[0]))
            {
                return true;
            }

            return after.StartsWith("DOB", StringComparison.OrdinalIgnoreCase) || after.StartsWith("MRN", StringComparison.OrdinalIgnoreCase);
        }
    }
}
