using System.Collections.Frozen;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 7 (issue #14): names read from what a person does in the sentence or how a chart prints them: the subject of a verb
/// only people do ("Liberty asked me to email"), a name glossed by a relation in parentheses ("Per Drita (the niece)"), and a
/// surname-first pair in capitals at the head of a record line ("MAMANI, AYAAN  820132260").
/// </summary>
internal sealed partial class NameDetector
{
    // Verbs whose subject is a person: "Prudence asked me", "Euphemie says no", "Kiri wants a second opinion".
    internal static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonVerbs = FrozenSet.Create(StringComparer.Ordinal,
        "asked", "asks", "says", "said", "wants", "wanted", "told", "thinks", "agrees", "agreed", "refuses", "refused", "declined", "declines",
        "insists", "insisted", "texted", "emailed", "knows", "feels", "prefers", "worries", "understands", "consented", "drove", "visits",
        "cried", "laughed", "signed", "decided", "admits", "swears", "begged", "pleaded", "promised", "apologized", "complained", "complains",
        "hopes", "wonders", "remembers", "forgot", "misses", "lives", "lived", "passed", "died", "speaks", "spoke").GetAlternateLookup<ReadOnlySpan<char>>();

    // Words between a name's parenthesis and the relation: "Drita (the niece)", "Opal (her daughter)", "Hamish (son, +44...)".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RelationDeterminers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "her", "his", "their", "pt's", "pts", "patient's", "my", "our").GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly partial struct Scan
    {
        /// <summary>A given name, a listed word-name or a word no list knows right before a verb only people do.</summary>
        public int? MatchSubjectOfPersonVerb(int i)
        {
            var j = i + 1;
            if (j >= Tokens.Count || Tokens[i].IsPossessive || !Adjacent(i, j) || (Cues[j] & WordCue.PersonVerb) == 0 || !PersonVerbs.Contains(Word(j)) || !IsPersonShaped(i))
            {
                return null;
            }

            return i;
        }

        /// <summary>"Per Drita (the niece)", "Ranger (the nephew) at ...", "Wife's sister Opal (POA)": a relation glossing a name.</summary>
        public int? MatchRelationInParentheses(int i)
        {
            var j = i + 1;
            if (j >= Tokens.Count || Tokens[i].IsPossessive || !IsPersonShaped(i) || Text.AsSpan(Tokens[i].End, Tokens[j].Start - Tokens[i].End) is not " (")
            {
                return null;
            }

            if (RelationDeterminers.Contains(Word(j)) && j + 1 < Tokens.Count && Adjacent(j, j + 1))
            {
                j++;
            }

            var relation = Word(j);
            var closes = Tokens[j].PossessiveEnd < Text.Length && Text[Tokens[j].PossessiveEnd] is ')' or ',' or ' ' or ';';
            return Is(j, WordKind.PersonCue) && !ProfessionCues.Contains(relation) && !relation.Equals("patient", StringComparison.OrdinalIgnoreCase)
                && !relation.Equals("pt", StringComparison.OrdinalIgnoreCase) && closes ? i : null;
        }

        /// <summary>
        /// "MAMANI, AYAAN  820132260  adm ...", "Pt: VU, FAITH | ...": two words in capitals around ", " at the head of a record line
        /// (line start, colon or pipe before) with a number, dash, pipe or two spaces after. One of them is a listed name, neither is
        /// a clinical abbreviation ("CHF, COPD - diurese" stays), and both have a vowel, as names do and abbreviations often do not.
        /// </summary>
        public int? MatchCapitalsRecord(int i)
        {
            var head = i;
            i = ParticleSurnameStart(head);
            var j = i + 1;
            if (j >= Tokens.Count || Text.AsSpan(Tokens[i].End, Tokens[j].Start - Tokens[i].End) is not ", " || !IsCapitalsNamePart(i) || !IsCapitalsNamePart(j)
                || Tokens[i].Length + Tokens[j].Length < 6)
            {
                return null;
            }

            var first = Word(i);
            var second = Word(j);
            var listed = lexicon.Surnames.Contains(first) || lexicon.FirstNames.Contains(second) || lexicon.FirstNames.Contains(first) || lexicon.Surnames.Contains(second);
            // A surname no list holds ("ETXEBERRIA, DRITA") when it is long, no English word, and voweled as names are ("NSTEMI" is not).
            var unlistedSurname = first.Length >= 5 && !lexicon.EnglishWords.Contains(first) && VowelShare(first) >= 0.35 && VowelShare(second) >= 0.3;
            if (!listed && !unlistedSurname)
            {
                return null;
            }

            var lineHead = IsLineHead(head);
            var after = Text.AsSpan(Tokens[j].End);
            var setOff = after.IsEmpty || after[0] is '\n' or '|' or '(' || after.StartsWith("  ") || after.StartsWith(" -") || after.StartsWith(" |") || after.StartsWith(" /")
                || (after.Length > 1 && after[0] == ' ' && char.IsAsciiDigit(after[1]));
            return lineHead && setOff ? j : null;
        }

        private static double VowelShare(ReadOnlySpan<char> word)
        {
            var vowels = 0;
            foreach (var c in word)
            {
                vowels += Vowels.Contains(c) ? 1 : 0;
            }

            return (double)vowels / word.Length;
        }

        /// <summary>
        /// "Rivo's wife", "Batbayar's family", "Tavita's Guillain-Barre": a word no list knows, possessive, before a relation, a
        /// household or a capitalised clinical word is the person they belong to.
        /// </summary>
        public int? MatchPossessiveOwner(int i)
        {
            var j = i + 1;
            if (j >= Tokens.Count || !Tokens[i].IsPossessive || Tokens[j].Start - Tokens[i].PossessiveEnd != 1 || !(IsUnknownWord(i) || IsCityOnlyWord(i)) || !IsLooseNamePart(i))
            {
                return null;
            }

            var owned = Is(j, WordKind.PersonCue) || FamilyNouns.Contains(Word(j)) || (char.IsUpper(Text[Tokens[j].Start]) && Is(j, WordKind.Clinical | WordKind.Eponym));
            return owned ? i : null;
        }

        /// <summary>
        /// "2) Varnholt - Tremfya toxicity", "3. Owusu-Ansah (rm 4)": a census list item that opens with a listed surname or a word
        /// no list knows, set off by a dash, parenthesis or comma. Problem lists open with diagnoses, which carry the endings of
        /// medical words ("2) Hyponatremia - fluid restrict").
        /// </summary>
        public int? MatchListItemName(int i)
        {
            var before = Text.AsSpan(0, Tokens[i].Start);
            var marker = before.EndsWith(") ") || (before.EndsWith(". ") && before.Length >= 3 && char.IsAsciiDigit(before[^3]));
            if (!marker || before.Length < 3 || !char.IsAsciiDigit(before[^3]) || Tokens[i].IsPossessive || !IsLooseNamePart(i) || HasMedicalEnding(Word(i))
                || !(Is(i, WordKind.Surname) || IsUnknownWord(i)))
            {
                return null;
            }

            var end = ExtendName(i, allowEponyms: false, allowUnlisted: true);
            var after = Text.AsSpan(Tokens[end].EndWithPeriod);
            return after.StartsWith(" - ") || after.StartsWith(" (") || after.StartsWith(", ") || after.StartsWith(" \u2013 ") ? end : null;
        }

        private static bool HasMedicalEnding(ReadOnlySpan<char> word)
        {
            foreach (var ending in MedicalEndings)
            {
                if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsCapitalsNamePart(int i)
        {
            var word = Word(i);
            if (word.Length < 2 || word.ContainsAnyExcept(UpperLetters) || !word.ContainsAny(Vowels))
            {
                return false;
            }

            return !lexicon.ClinicalTerms.Contains(word) && !lexicon.Eponyms.Contains(word) && !UsStates.IsState(word) && (Kinds[i] & (WordKind.Clinical | WordKind.Month | WordKind.Title)) == 0;
        }

        // A word that can be a person on its own in subject position: a listed given name (even a word-name such as "Liberty"),
        // or a word no list knows; never a clinical word, place of care, department, month, title or cue.
        private bool IsPersonShaped(int i) =>
            IsLooseNamePart(i) && (Is(i, WordKind.FirstName) || IsUnknownWord(i) || IsCityOnlyWord(i)) && !BeforeInstitution(i);
    }

    // Endings of diagnoses, procedures and drugs that open a problem list item rather than a census line.
    private static readonly string[] MedicalEndings =
        ["emia", "itis", "osis", "oma", "pathy", "algia", "ectomy", "otomy", "plasty", "uria", "penia", "cytosis", "trophy", "megaly", "rrhea", "plegia",
         "sepsis", "ism", "ure", "ion", "ine", "ol", "il", "ide", "ate", "mab", "nib", "pril", "sartan", "statin", "zole", "cillin", "mycin", "tidine"];

    private static readonly System.Buffers.SearchValues<char> UpperLetters = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ'-");

    private static readonly System.Buffers.SearchValues<char> Vowels = System.Buffers.SearchValues.Create("AEIOUY");
}
