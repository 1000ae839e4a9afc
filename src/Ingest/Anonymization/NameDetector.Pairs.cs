using System.Collections.Frozen;

namespace Sermo.Ingest.Anonymization;

/// <summary>The rules over two adjacent words: unknown pairs, a listed name beside an unknown word, surname first.</summary>
internal sealed partial class NameDetector
{
    // Capitalised, these open a clause rather than continue a name: "Dr. Chen Will see her", "Maria May need".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "will", "may", "can", "could", "would", "should", "must", "shall", "might", "did", "does", "do", "has", "had", "have", "is", "was", "are",
        "were", "said", "says", "told", "asked", "called", "wants", "needs", "and", "or", "but").GetAlternateLookup<ReadOnlySpan<char>>();

    // Words before a surname-first name in a chart line, a consult note or a sign-out list: "Had Butler, Casi in clinic".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RecordLeads = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "had", "saw", "seen", "see", "for", "re", "one", "presented", "patient", "pt", "name", "readmitted", "admitted", "discharged", "note", "out",
        "was", "is", "by", "attn", "with", "about", "under").GetAlternateLookup<ReadOnlySpan<char>>();

    // Paperwork verbs before "to" or "as": "addressed to Okonkwo, Adaeze", "registered as Fox, Ainsley".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PaperworkVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "addressed", "sent", "faxed", "mailed", "made", "billed", "listed", "registered", "charted", "booked", "filed", "entered", "labeled", "labelled")
        .GetAlternateLookup<ReadOnlySpan<char>>();

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
        // A record line is evidence enough for an English word as the given name or a state's word as the surname ("West,
        // Nelie", "Whittaker, Gipsy - MRN ..."), when the line says record on both sides or sets the pair off with a dash,
        // parenthesis, number or pipe.
        public int? MatchSurnameFirst(int i)
        {
            var j = i + 1;
            if (j >= Tokens.Count || Tokens[i].IsPossessive || Text.AsSpan(Tokens[i].End, Tokens[j].Start - Tokens[i].End) is not ", "
                || Tokens[i].Length < 3 || Tokens[j].Length < 3)
            {
                return null;
            }

            // Loosely: the given name may be any title-case word ("Gipsy"), the surname a listed one that is also a word ("West"), if
        // the other of the two is no word at all ("Overall, Stable - no change" stays).
            var (first, second) = (IsPairableName(i, allowUnknown: true), IsPairableName(j, allowUnknown: true));
            var loose = (first && !Is(i, WordKind.NameWord) && IsLooseNamePart(j)) || (second && !Is(j, WordKind.NameWord) && Is(i, WordKind.ListedName) && IsLooseNamePart(i));
            if (!(first && second) && !loose)
            {
                return null;
            }

            var last = j;
            if (last + 1 < Tokens.Count && IsInitial(last + 1) && Adjacent(last, last + 1))
            {
                last++; // "Fenwick, Tobias J."
            }

            var (before, after) = (RecordBefore(i), RecordAfter(last, out var strongAfter));
            return first && second ? (before || after ? last : null) : ((before && after) || strongAfter ? last : null);
        }

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
            // "rm 13 Field, Milica": a bed or list number right before the pair is a census line.
            if (before.Length > 0 && (before[^1] is ':' or '(' or '-' or '\u2013' or '|' || char.IsAsciiDigit(before[^1])))
            {
                return true;
            }

            if (i == 0 || !Adjacent(i - 1, i))
            {
                return false;
            }

            var lead = Word(i - 1);
            return RecordLeads.Contains(lead) || (lead is "to" or "as" && i >= 2 && Adjacent(i - 2, i - 1) && PaperworkVerbs.Contains(Word(i - 2)));
        }

        // Strong: a dash, parenthesis, pipe, number, "DOB", "MRN" or an age ("aged 93") sets the pair off as a record; a comma or colon after it only may.
        private bool RecordAfter(int last, out bool strong)
        {
            var after = Text.AsSpan(Tokens[last].EndWithPeriod).TrimStart(' ');
            strong = !after.IsEmpty && (after[0] is '-' or '\u2013' or '(' or '|' || char.IsAsciiDigit(after[0])
                || after.StartsWith("DOB", StringComparison.OrdinalIgnoreCase) || after.StartsWith("MRN", StringComparison.OrdinalIgnoreCase)
                || after.StartsWith("age ", StringComparison.OrdinalIgnoreCase) || after.StartsWith("aged ", StringComparison.OrdinalIgnoreCase));
            return strong || after.IsEmpty || after[0] is ',' or ';' or ':' or '[' or '/';
        }
    }
}
