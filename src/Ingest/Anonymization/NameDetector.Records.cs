using System.Collections.Frozen;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 5 (issue #14): names read from the shape of a message or a census line rather than from a list: the sender who
/// opens a sentence, the patient in a bed, a word-name after a cue beside a surname no list knows, the given name after
/// "Surname, ", a lower-case surname after "dr.".
/// </summary>
internal sealed partial class NameDetector
{
    // "Ruby from hospice called", "Madelena from the Opdivo hub called twice": a verb of contact later in the sentence says
    // the capitalised word before "from"/"at" is the person who reached out.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SenderVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "called", "calls", "phoned", "texted", "emailed", "faxed", "messaged", "paged", "says", "said", "asked", "wants", "left", "sent", "talked",
        "dropped", "brought", "mentioned", "reported", "confirmed").GetAlternateLookup<ReadOnlySpan<char>>();

    // "Galardi in bed 12", "Andreini in room 4": a census line names the patient before the bed.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BedNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "bed", "room", "rm", "bay", "pod", "cubicle").GetAlternateLookup<ReadOnlySpan<char>>();

    internal static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FamilyNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "family", "families", "household", "kids", "children", "twins", "brothers", "sisters").GetAlternateLookup<ReadOnlySpan<char>>();

    private const int SenderVerbReach = 10;

    private readonly partial struct Scan
    {
        public int? MatchSender(int i)
        {
            if (!Tokens[i].SentenceStart || Tokens[i].IsPossessive || i + 2 >= Tokens.Count || !Adjacent(i, i + 1)
                || !(Is(i, WordKind.FirstName) || IsUnknownWord(i)) || !IsLooseNamePart(i) || Word(i + 1) is not ("from" or "at"))
            {
                return null;
            }

            for (var k = i + 2; k < Tokens.Count && k <= i + SenderVerbReach && !Tokens[k].SentenceStart; k++)
            {
                if (SenderVerbs.Contains(Word(k)))
                {
                    return i;
                }
            }

            return null;
        }

        public int? MatchPatientInBed(int i)
        {
            if (i + 2 >= Tokens.Count || Tokens[i].IsPossessive || !Adjacent(i, i + 1) || !Adjacent(i + 1, i + 2) || Word(i + 1) is not "in"
                || !BedNouns.Contains(Word(i + 2)) || !(Is(i, WordKind.ListedName) || IsUnknownWord(i)) || !IsLooseNamePart(i))
            {
                return null;
            }

            var after = Text.AsSpan(Tokens[i + 2].End);
            return after.Length > 1 && after[0] == ' ' && char.IsAsciiDigit(after[1]) ? i : null;
        }

        // "the Delacroix family asked", and at the head of a sentence "Marsh family asked again": a surname before a word for a household.
        public int? MatchFamilyName(int i)
        {
            var opensSentence = Tokens[i].SentenceStart && (i == 0 || !Adjacent(i - 1, i));
            if (i + 1 >= Tokens.Count || Tokens[i].IsPossessive || !Adjacent(i, i + 1) || (Cues[i + 1] & WordCue.FamilyNoun) == 0 || !FamilyNouns.Contains(Word(i + 1))
                || !(opensSentence || (i > 0 && Adjacent(i - 1, i) && Word(i - 1).Equals("the", StringComparison.OrdinalIgnoreCase)))
                || !(Is(i, WordKind.ListedName) || IsUnknownWord(i)) || !IsLooseNamePart(i))
            {
                return null;
            }

            return i;
        }

        // "granddaughter Pen Guarducci": after a person cue, a name-word is a given name when a surname no list knows follows.
        public int? MatchCueWordBeforeUnknown(int i)
        {
            var j = i + 1;
            if (i == 0 || j >= Tokens.Count || !Adjacent(i - 1, i) || !Is(i - 1, WordKind.PersonCue) || Tokens[i].IsPossessive || !Adjacent(i, j)
                || !IsLooseNamePart(i) || !IsUnknownWord(j) || !NameTokenizer.IsNameCase(Word(j)))
            {
                return null;
            }

            return ExtendName(j, allowEponyms: false, allowUnlisted: true);
        }

        /// <summary>
        /// "Records list Ostrowski, Cyndia at ...": a one-word name followed by ", " and a given name or a word no list knows
        /// is written surname first; the given name belongs to it unless a list goes on ("Lopez, Maria and Grace").
        /// </summary>
        public int ExtendGivenAfterComma(int first, int last)
        {
            var j = last + 1;
            if (first != last || j >= Tokens.Count || Tokens[last].IsPossessive || !Text.AsSpan(Tokens[last].End, Tokens[j].Start - Tokens[last].End).SequenceEqual(", ")
                || !(Is(j, WordKind.FirstName) || IsUnknownWord(j)) || !IsLooseNamePart(j))
            {
                return last;
            }

            var listGoesOn = j + 1 < Tokens.Count && (Word(j + 1) is "and" or "or" || Text.AsSpan(Tokens[j].PossessiveEnd).StartsWith(", "));
            return listGoesOn ? last : j;
        }

        // "dr. bannerjee": a surname typed in lower case after a title with its period, if it is no word of any list.
        private bool IsLowerCaseSurnameAfterTitle(int i)
        {
            var word = Word(i);
            return Is(i - 1, WordKind.StrongTitle) && Tokens[i - 1].PeriodAfter && word.Length >= 4 && !word.ContainsAnyInRange('A', 'Z')
                && !Index.IsEnglishWord(i) && !lexicon.NameWords.Contains(word) && !Index.IsClinicalTerm(i)
                && !lexicon.Eponyms.Contains(word) && !UsStates.IsState(word);
        }
    }
}
