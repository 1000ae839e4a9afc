namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Person names. The census lists say what could be a name; context decides what is one.
/// The rules, strongest first (each only on capitalised tokens, because clinicians write
/// names capitalised and everything else mostly not):
/// 1. Title: "Dr. Chen", "Mrs. Alvarez", "Mr. K." — whatever capitalised word or initial follows
///    a personal title is a name, even an eponym or a word ("Dr. Parkinson", "Mr. Bill").
///    The title itself stays, so the reader still sees "Dr. [NAME]".
/// 2. Cue word: "patient Maria", "pt John Whitfield", "named Grace", "daughter Rose" — a listed
///    name after a person cue is a name even when it is also a word.
/// 3. First + last: a listed first name followed by a listed surname ("Maria Lopez"). At the start
///    of a sentence two word-names ("Will Brown ...") are not enough.
/// 4. A lone first name that is not an ordinary word ("Maria", "Kevin"); word-names (Grace, Hope,
///    Will, Bill, Mark, Rose, June) need rule 1-3 or a possessive ("Grace's labs came back").
/// 5. A lone surname that is not a word, mid-sentence or possessive ("per Whitfield", "Garcia's A1c").
/// Eponyms beat the dictionary: a token on the eponym list is never a name on its own, nor when it
/// is possessive ("Wilson's"), followed by a clinical head noun ("Hodgkin lymphoma", "Down syndrome")
/// or hyphenated ("Wolff-Parkinson-White"); it is a name only after a title or as the surname of a
/// first name ("Mary Wilson"). Drug brands, organisations and weekdays (clinical-terms.txt) are never names.
/// </summary>
internal sealed partial class NameDetector(NameLexicon lexicon)
{
    private const int MinLoneNameLength = 3;

    internal static readonly HashSet<string> StandaloneEponyms = new(
        ["Parkinson", "Alzheimer", "Graves", "Addison", "Cushing", "Huntington", "Barrett", "Down", "Hodgkin", "Whipple", "Tourette",
         "Lyme", "Kawasaki", "Marfan", "Paget", "Crohn", "Hashimoto", "Raynaud", "Asperger", "Kaposi", "Wegener", "Guillain", "Holter",
         "Doppler", "Foley", "Gram", "Apgar", "Glasgow", "Gleason", "Heimlich", "Valsalva", "Trendelenburg", "Epley", "Korotkoff"],
        StringComparer.OrdinalIgnoreCase);

    internal static readonly HashSet<string> DiseaseNouns = new(
        ["disease", "syndrome", "palsy", "phenomenon", "lymphoma", "sarcoma", "arteritis", "thyroiditis", "encephalopathy", "dystrophy", "sign", "anomaly",
         "gangrene", "contracture", "fracture", "aneurysm", "neuroma", "hernia", "ulcer", "dementia", "disorder", "cardiomyopathy", "ataxia", "angina"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DiseaseNounLookup = DiseaseNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly NameLexicon _lexicon = lexicon;

    public void Detect(TokenIndex index, List<Detection> found)
    {
        var scan = new Scan(index, _lexicon);
        var claimed = -1; // index of the last token already inside a detected name
        for (var i = 0; i < scan.Tokens.Count; i++)
        {
            if (i <= claimed)
            {
                continue;
            }

            if (!char.IsUpper(scan.Text[scan.Tokens[i].Start]))
            {
                // "dr. Dallai": a title typed in lower case still announces the capitalised name after it.
                if (scan.MatchTitle(i) is { } lowerTitled)
                {
                    found.Add(new Detection(scan.Tokens[i + 1].Start, scan.Tokens[lowerTitled].EndWithPeriod, PhiType.Name, 5));
                    claimed = lowerTitled;
                }
                else if ((scan.MatchLowerCaseUnlistedPair(i) ?? scan.MatchLowerCaseAfterCue(i) ?? scan.MatchLowerCasePair(i)) is { } lowerEnd)
                {
                    found.Add(new Detection(scan.Tokens[i].Start, scan.Tokens[lowerEnd].End, PhiType.Name, 5));
                    claimed = lowerEnd;
                }

                continue;
            }

            int first = i, last;
            var hasTitle = false;
            if (scan.MatchTitle(i) is { } titled)
            {
                (first, last, hasTitle) = (i + 1, titled, true);
            }
            else if ((scan.MatchSurnameFirst(i) ?? scan.MatchCapitalsRecord(i) ?? scan.MatchCapitalsCensusLine(i)) is { } inverted)
            {
                last = inverted;
            }
            else if ((scan.MatchCredentialed(i) ?? scan.MatchNicknamed(i) ?? scan.MatchAgedSubject(i) ?? scan.MatchCue(i) ?? scan.MatchFullName(i) ?? scan.MatchLoneName(i) ?? scan.MatchUnknownPair(i) ?? scan.MatchNamePair(i) ?? scan.MatchConjoinedName(i, claimed) ?? scan.MatchAgedPair(i)
                ?? scan.MatchSender(i) ?? scan.MatchPatientInBed(i) ?? scan.MatchCueWordBeforeUnknown(i) ?? scan.MatchFamilyName(i)
                ?? scan.MatchSubjectOfPersonVerb(i) ?? scan.MatchRelationInParentheses(i) ?? scan.MatchPossessiveOwner(i) ?? scan.MatchListItemName(i)) is { } end)
            {
                last = scan.ExtendGivenAfterComma(i, end);
                first = scan.ExtendBack(i, claimed);
            }
            else
            {
                continue;
            }

            found.Add(new Detection(scan.Tokens[first].Start, scan.Tokens[last].EndWithPeriod, PhiType.Name, 5));
            AgeAfterName(scan.Text, scan.Tokens[last].PossessiveEnd, found);
            if (scan.PlaceOfPractice(last, hasTitle) is { } place)
            {
                found.Add(new Detection(place.Start, place.End, PhiType.City, 4));
            }

            claimed = last;
        }
    }

    /// <summary>The rules over one post's tokens; token kinds come from one vocabulary lookup each.</summary>
    private readonly partial struct Scan(TokenIndex index, NameLexicon lexicon)
    {
        public string Text { get; } = index.Text;

        public List<NameToken> Tokens { get; } = index.Tokens;

        // The post's index: the list answers it shares between rules (decision 152).
        private TokenIndex Index { get; } = index;

        private WordKind[] Kinds { get; } = index.Kinds;

        private WordCue[] Cues { get; } = index.Cues;

        // One search of the post instead of a walk over the name-cased words after every capitalised word (decision 102).
        private bool MayHoldCredential { get; } = NameDetector.MayHoldCredential(index.Text);

        // Rule 1: a title followed by capitalised words or initials.
        public int? MatchTitle(int i)
        {
            var title = Kinds[i] & WordKind.Title;
            if (title == 0 || i + 1 >= Tokens.Count || Tokens[i].IsPossessive || !Adjacent(i, i + 1))
            {
                return null;
            }

            var next = Word(i + 1);
            var initial = next.Length == 1 && char.IsUpper(next[0]);
            var strong = (title & WordKind.StrongTitle) != 0;
            // A weak title ("Nurse", "Chaplain", "Coach") needs a listed name or a word no list knows after it, and no word shaped
            // like a role: "Nurse Practitioner", "Nurse Navigator" stay.
            var unknownAfterWeak = IsUnknownWord(i + 1) && !IsRoleShaped(next);
            if (!char.IsUpper(next[0]) || Is(i + 1, WordKind.Clinical) || (!strong && !Is(i + 1, WordKind.ListedName) && !unknownAfterWeak) || (!initial && !IsTitleCase(next)))
            {
                return null;
            }

            // After a title the next capitalised words are the person whatever the lists say ("Dr. Miron Cresencio").
            return ExtendName(i + 1, allowEponyms: true, allowUnlisted: true);
        }

        // Rule 8: typed in lower case ("pt maria gonzalez", "dr patel"), a listed name counts right after a
        // title or person cue, if it is no English word and no name-word ("patient will ..." stays).
        public int? MatchLowerCaseAfterCue(int i)
        {
            if (i == 0 || !Is(i - 1, WordKind.PersonCue | WordKind.StrongTitle) || !Adjacent(i - 1, i) || !(IsLowerCaseName(i) || IsLowerCaseSurnameAfterTitle(i)))
            {
                return null;
            }

            var end = i;
            while (end + 1 < Tokens.Count && end - i < 2 && !Tokens[end].IsPossessive && Adjacent(end, end + 1) && IsLowerCaseName(end + 1))
            {
                end++;
            }

            return end;
        }

        // Lower-case tokens carry only cue kinds (see Vocabulary), so the name lists are asked directly here.
        private bool IsLowerCaseName(int i)
        {
            var word = Word(i);
            return word.Length >= 3 && !word.ContainsAnyInRange('A', 'Z') && (Index.IsFirstName(i) || Index.IsSurname(i))
                && !lexicon.NameWords.Contains(word) && !Index.IsClinicalTerm(i) && !lexicon.Eponyms.Contains(word)
                && !Index.IsEnglishWord(i) && !UsStates.IsState(word);
        }

        // Rule 6: names come in runs. A capitalised word no list knows and no common English word, right
        // before a detected name, is its given name or first surname ("saw Ciambella William", "Popadak Lee,
        // age 92"); "Called Maria" keeps "Called" because it is an English word.
        public int ExtendBack(int first, int claimed)
        {
            var before = first - 1;
            if (before <= claimed || Tokens[before].IsPossessive || !Adjacent(before, first))
            {
                return first;
            }

            // A city-only word joins too ("Saw Bandera Meehan"): many US towns are surnames, and one right before a
            // name is not a place unless a place preposition says so ("in Dayton Smith's clinic" keeps its city rule).
            var placeBefore = before > 0 && Is(before - 1, WordKind.PlacePreposition);
            return IsUnknownWord(before) || (IsCityOnlyWord(before) && !placeBefore) ? before : first;
        }

        // Rule 3: first name (or initial) + surname.
        public int? MatchFullName(int i)
        {
            var token = Tokens[i];
            var isInitial = token.Length == 1 && token.PeriodAfter;
            if ((!isInitial && (!Is(i, WordKind.FirstName) || !IsTitleCase(Word(i)))) || Is(i, WordKind.Clinical) || token.IsPossessive || IsEponymUse(i) || AfterSaint(i))
            {
                return null;
            }

            // A surname need not be on the census list ("Frank Oyelaran"): after a first name, a capitalised
            // word that no list knows (not clinical, not a place, not a word-name) is taken as the surname.
            var end = ExtendName(i, allowEponyms: false, allowUnlisted: !isInitial);
            if (end == i || !(Is(end, WordKind.ListedName) || IsUnknownWord(end) || IsCityOnlyWord(end)))
            {
                return null;
            }

            // "Will Brown ..." at a sentence start may be a verb and a colour; mid-sentence it is a person.
            var allWords = Is(i, WordKind.NameWord) && Is(end, WordKind.NameWord);
            return allWords && token.SentenceStart ? null : end;
        }

        // Rules 4 and 5: a lone name.
        public int? MatchLoneName(int i)
        {
            var token = Tokens[i];
            var kinds = Kinds[i];
            if ((kinds & WordKind.ListedName) == 0 || token.Length < MinLoneNameLength || (kinds & (WordKind.Clinical | WordKind.State | WordKind.Holiday)) != 0
                || !IsTitleCase(Word(i)) || IsEponymUse(i) || PartOfEponymPhrase(i) || AfterSaint(i) || IsStandaloneEponym(i))
            {
                return null;
            }

            var isWord = (kinds & WordKind.NameWord) != 0;
            if ((kinds & WordKind.FirstName) != 0 && (!isWord || token.IsPossessive))
            {
                return i;
            }

            var midSentenceOrPossessive = !token.SentenceStart || token.IsPossessive;
            return (kinds & WordKind.Surname) != 0 && !isWord && midSentenceOrPossessive ? i : null;
        }

        // Follows a name over further capitalised listed words and initials: "John K. Whitfield".
        private int ExtendName(int i, bool allowEponyms, bool allowUnlisted = false)
        {
            var end = i;
            while (end + 1 < Tokens.Count && !Tokens[end].IsPossessive && Adjacent(end, end + 1) && end - i < 3)
            {
                var next = end + 1;
                var word = Word(next);
                var isInitial = word.Length == 1 && char.IsUpper(word[0]);

                // A name-word that is a listed name also continues a name right after a name part ("Marcus Ivy", "Sean
                // Barry Lee"): capitalised mid-run it is a name, unless it is a verb that opens a clause ("Will", "May").
                var plainWord = Is(next, WordKind.NameWord) && (!Is(next, WordKind.ListedName) || IsClauseVerb(next) || Is(next, WordKind.Month));
                var afterInitial = end > i && Tokens[end].Length == 1;
                var isName = IsTitleCase(word) && !plainWord && !Is(next, WordKind.Clinical)
                    && (IsListedName(next) || (allowUnlisted && (end == i || afterInitial) && (IsUnknownWord(next) || IsCityOnlyWord(next))))
                    && (allowEponyms || !IsEponymUse(next));
                if (!isInitial && !isName)
                {
                    break;
                }

                end = next;
            }

            return end;
        }

        /// <summary>An eponym used as one: possessive, hyphenated, or before a clinical head noun.</summary>
        private bool IsEponymUse(int i)
        {
            var word = Word(i);
            if (word.Contains('-'))
            {
                foreach (var range in word.Split('-'))
                {
                    if (lexicon.Eponyms.Contains(word[range]))
                    {
                        return true;
                    }
                }

                return false;
            }

            // Any capitalised word right before "syndrome", "disease", "palsy"... is an eponym, listed or not
            // ("Tietze syndrome", "Takayasu arteritis"): a person's name is not followed by a disease noun.
            if (i + 1 < Tokens.Count && Adjacent(i, i + 1) && (Cues[i + 1] & WordCue.DiseaseNoun) != 0 && DiseaseNounLookup.Contains(Word(i + 1)) && !SignIsVerb(i + 1))
            {
                return true;
            }

            if (!Is(i, WordKind.Eponym))
            {
                return false;
            }

            return Tokens[i].IsPossessive || HeadNounAt(i + 1) || (i + 1 < Tokens.Count && Is(i + 1, WordKind.Eponym) && (Tokens[i + 1].IsPossessive || HeadNounAt(i + 2)));
        }

        // An eponym alone is the disease when it is no common surname (Crohn, Tourette) or is used alone as
        // one ("early Parkinson", "Graves with orbitopathy"); Smith, Brown or Wells alone are people.
        private bool IsStandaloneEponym(int i) =>
            Is(i, WordKind.Eponym) && (!Is(i, WordKind.Surname) || StandaloneEponyms.Contains(Word(i).ToString()));

        // "St. Vincent Hospital", "Saint Luke's": a saint names a place, not a person in the post.
        private bool AfterSaint(int i) =>
            i > 0 && Tokens[i].Start - Tokens[i - 1].End <= 2 && (Word(i - 1).Equals("St", StringComparison.Ordinal) || Word(i - 1).Equals("Saint", StringComparison.Ordinal));

        // "Lou Gehrig's disease": a first name right before an eponym use belongs to the eponym.
        private bool PartOfEponymPhrase(int i) => i + 1 < Tokens.Count && Adjacent(i, i + 1) && IsEponymUse(i + 1);

        private bool HeadNounAt(int i) => i < Tokens.Count && Is(i, WordKind.HeadNoun);

        // "her name is Grace"
        private bool NameIs(int i) =>
            i >= 2 && Word(i - 1).Equals("is", StringComparison.OrdinalIgnoreCase) && Word(i - 2).Equals("name", StringComparison.OrdinalIgnoreCase);

        private bool IsListedName(int i)
        {
            if (Is(i, WordKind.ListedName))
            {
                return true;
            }

            var word = Word(i);
            var hyphen = word.IndexOf('-');
            return hyphen > 0 && (lexicon.FirstNames.Contains(word[..hyphen]) || lexicon.Surnames.Contains(word[..hyphen]));
        }

        private bool Is(int i, WordKind kind) => (Kinds[i] & kind) != 0;

        // A title-case word of 3+ letters that no list knows: no name, clinical term, place, month or cue.
        private bool IsUnknownWord(int i) => IsUncommonTitleWord(i, WordKind.None);

        // A title-case word that lists know only as a US city and that is no common English word ("Goodhue", "Avon").
        private bool IsCityOnlyWord(int i) => IsUncommonTitleWord(i, WordKind.City);

        private bool IsCommonWord(int i) => Index.IsEnglishWord(i);

        private bool IsUncommonTitleWord(int i, WordKind onlyKind) =>
            Kinds[i] == onlyKind && Tokens[i].Length >= 3 && IsTitleCase(Word(i)) && !Index.IsEnglishWord(i);

        private ReadOnlySpan<char> Word(int i) => Text.AsSpan(Tokens[i].Start, Tokens[i].Length);

        /// <summary>
        /// Two tokens separated only by spaces. A period may sit between them only after an initial or
        /// an abbreviation ("Dr. Chen", "J. Smith", "pt. Maria"): "Dr. Patel. Whitfield's A1c" is two sentences.
        /// </summary>
        private bool Adjacent(int leftIndex, int rightIndex)
        {
            var left = Tokens[leftIndex];
            var gap = Text.AsSpan(left.PossessiveEnd, Tokens[rightIndex].Start - left.PossessiveEnd);
            if (gap.Length == 0 || gap.Length > 3)
            {
                return false;
            }

            if (gap[0] == '.')
            {
                if (left.Length > 1 && !Is(leftIndex, WordKind.Title | WordKind.PersonCue))
                {
                    return false;
                }

                gap = gap[1..];
            }

            // At most three characters, all spaces: a plain loop, not a call to Trim (the rules ask this for most pairs of words).
            foreach (var c in gap)
            {
                if (c != ' ')
                {
                    return false;
                }
            }

            return gap.Length > 0;
        }
    }

    // "Practitioner", "Navigator", "Anesthetist", "Educator": the endings of words naming a role.
    private static bool IsRoleShaped(ReadOnlySpan<char> word) =>
        word.EndsWith("er", StringComparison.Ordinal) || word.EndsWith("or", StringComparison.Ordinal) || word.EndsWith("ist", StringComparison.Ordinal)
        || word.EndsWith("ant", StringComparison.Ordinal) || word.EndsWith("ent", StringComparison.Ordinal) || word.EndsWith("ian", StringComparison.Ordinal);

    /// <summary>"Maria" or "O'Brien", not "MARIA" (all caps is how abbreviations look: ED, MS, AL).</summary>
    private static bool IsTitleCase(ReadOnlySpan<char> word)
    {
        if (!char.IsUpper(word[0]))
        {
            return false;
        }

        foreach (var c in word[1..])
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return word.Length == 1;
    }
}
