namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A single name typed in lower case where the words beside it say a person stands there (round 38, decision 238), the second
/// cause of the pooled misses of rounds 10-34: after a title typed in lower case ("saw mrs oyelaran", "dr adeyemi is out"),
/// after a kin noun ("her husband farid refuses", "his mom tasha says"), and a surname after a name found so far in lower case
/// ("ugh lobsang szabó back again"). Only a word after one of these cues is read, never every word: a lower-case word of no
/// English, name-word or clinical list (a listed given name or surname, or a word no list holds of five letters or more with a vowel),
/// so "dr appt", "her son says", "mr and tr", "dr visit" and drugs stay.
/// </summary>
internal static class LowerCaseNamesBesideCues
{
    // Titles as physicians type them fast; "pt" is read by LowerCaseNamePairs, "nurse" is also a verb and a role, "ms" is
    // milliseconds or multiple sclerosis ("5.9 ms latency") and "miss" a verb.
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles = new HashSet<string>(
        ["mr", "mrs", "dr"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Kin words typed in chat that NameSlots.KinNouns leaves out. Kept apart from that list because the learned detector's
    // lower-case slot feature reads it (NameTokenFeatures.LowerCaseSlots): adding to it would change the detector's features.
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ChatKinNouns = new HashSet<string>(
        ["bf", "gf", "hubby", "mum", "fiance", "fiancee"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Nouns for a person around the patient that neither NameSlots.KinNouns nor NamesAfterRoleNouns.RoleNouns hold (both are read by
    // the learned detector's features, so they are not extended): read only before a lower-case given name and surname.
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonNouns = new HashSet<string>(
        ["guy", "friend", "buddy", "member", "miner", "influencer", "keeper", "zookeeper", "rider", "neighbor", "neighbour", "roommate",
         "coworker", "tenant", "passenger", "owner", "artist", "instructor", "screener", "trooper", "handler", "librarian",
         // Round 53 (decision 375): roles before a lower-case pair in the pooled misses of rounds 10-49 ("his lieutenant seydou traore kept").
         "lieutenant", "snowboarder", "skier", "medic"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private const WordCue Cues = WordCue.PersonTitle | WordCue.KinNoun | WordCue.ChatKinNoun;

    private const WordCue PairCues = WordCue.KinNoun | WordCue.ChatKinNoun | WordCue.RoleNoun | WordCue.PersonNoun;

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var tokens = index.Tokens;
        var text = index.Text;
        if ((index.AnyCues & Cues) != 0)
        {
            for (var i = 0; i + 1 < tokens.Count; i++)
            {
                var cue = index.Cues[i];
                if ((cue & Cues) == 0 || tokens[i].IsPossessive || FoundTokens.Gap(index, i, i + 1) is not " "
                    || !char.IsLower(text[tokens[i].Start]))
                {
                    continue;
                }

                var word = FoundTokens.Word(index, i);
                var title = (cue & WordCue.PersonTitle) != 0 && Titles.Contains(word);
                if (!title && !((cue & WordCue.KinNoun) != 0 && NameSlots.KinNouns.Contains(word)) && !((cue & WordCue.ChatKinNoun) != 0 && ChatKinNouns.Contains(word)))
                {
                    continue;
                }

                // After a kin noun a word no list holds must also close or lead into a person's verb ("her son miguel.", "wife
                // farid refuses"): "her son cabg" is no name. A name that is also an English word goes only before a person's verb
                // ("his wife joy says", but "her son will be", "mrs quill is back" stay).
                if ((IsLowerCaseName(index, i + 1, nameWordsToo: false) && (title || index.IsFirstName(i + 1) || ClosesOrActs(index, i + 1)))
                    || (IsLowerCaseName(index, i + 1, nameWordsToo: true) && ActsAfter(index, i + 1)))
                {
                    found.Add(new Detection(tokens[i + 1].Start, tokens[i + 1].End, PhiType.Name, 1));
                    i++;
                }
            }
        }

        PairsAfterPersonNouns(index, found);
        PartsBesideFoundNames(index, found);
    }

    // Round 39 (decision 241): "crew member zalmai bridges, ...", "truck driver aoife brennan stopped", "her friend dilcia quiej (..."
    // a given name and surname typed in lower case after a kin, role or person noun, closed by a mark, a bracket or a person's verb.
    // The first word is of no English, clinical or name-word list (IsLowerCaseName); the second may be a listed surname that is also
    // a word ("bridges", "crow") because the pair closes there. A single name after such a noun stays the cue rules' above.
    private static void PairsAfterPersonNouns(TokenIndex index, List<Detection> found)
    {
        if ((index.AnyCues & PairCues) == 0)
        {
            return;
        }

        var tokens = index.Tokens;
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if ((index.Cues[i] & PairCues) == 0 || tokens[i].IsPossessive || tokens[i + 1].IsPossessive || !char.IsLower(index.Text[tokens[i].Start])
                || FoundTokens.Gap(index, i, i + 1) is not " " || FoundTokens.Gap(index, i + 1, i + 2) is not " " || !IsPersonNoun(index, i))
            {
                continue;
            }

            if (IsLowerCaseName(index, i + 1, nameWordsToo: false) && (IsLowerCaseName(index, i + 2, nameWordsToo: false) || IsLowerCaseSurnameWord(index, i + 2))
                && (ClosesOrActs(index, i + 2) || index.Text.AsSpan(tokens[i + 2].End).TrimStart(' ').StartsWith("(")))
            {
                found.Add(new Detection(tokens[i + 1].Start, tokens[i + 2].End, PhiType.Name, 1));
                i += 2;
            }
        }
    }

    internal static bool IsPersonNoun(TokenIndex index, int i)
    {
        var cue = index.Cues[i];
        var word = FoundTokens.Word(index, i);
        return ((cue & WordCue.KinNoun) != 0 && NameSlots.KinNouns.Contains(word)) || ((cue & WordCue.ChatKinNoun) != 0 && ChatKinNouns.Contains(word))
            || ((cue & WordCue.RoleNoun) != 0 && NamesAfterRoleNouns.RoleNouns.Contains(word)) || ((cue & WordCue.PersonNoun) != 0 && PersonNouns.Contains(word));
    }

    // "bridges", "crow": a listed surname in lower case letters that no clinical, eponym or disease list holds.
    internal static bool IsLowerCaseSurnameWord(TokenIndex index, int i)
    {
        var word = FoundTokens.Word(index, i);
        foreach (var c in word)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        var lexicon = NameLexicon.Shared;
        return word.Length >= 3 && index.IsSurname(i) && !index.IsClinicalTerm(i) && !lexicon.Eponyms.Contains(word) && !lexicon.DiseaseWords.Contains(word);
    }

    // "ugh lobsang szabó back again", "brais [found surname], badge": a lower-case word beside a found name is its other part when
    // it is a name. After a name typed in lower case: a listed surname, or a word no list holds that closes the clause or leads
    // into a person's verb ("pt tomas kahananui, 39"; not "ter Haar subarachnoid hemorrhage", whose found name is capitalised,
    // nor "Camila prior auth"). Before any found name: a listed given name only, as the word before a name is more often a cue
    // of its own ("saw", "mrs", "cc").
    private static void PartsBesideFoundNames(TokenIndex index, List<Detection> found)
    {
        var tokens = index.Tokens;
        var count = found.Count;
        for (var c = 0; c < count; c++)
        {
            var name = found[c];
            var first = name.Type == PhiType.Name ? FoundTokens.StartingAt(tokens, name.Start) : -1;
            var last = first < 0 ? -1 : FoundTokens.EndingAt(tokens, name.End);
            if (last < first || first < 0)
            {
                continue;
            }

            var (start, end) = (name.Start, name.End);
            var next = last + 1;
            if (next < tokens.Count && !tokens[last].IsPossessive && FoundTokens.Gap(index, last, next) is " " && IsLowerCaseName(index, next, nameWordsToo: false)
                && TypedInLowerCase(index, first, last) && (index.IsSurname(next) || ClosesOrActs(index, next)) && !FoundTokens.CoveredByOne(found, count, tokens[next].Start, tokens[next].End))
            {
                end = tokens[next].End;
            }

            var before = first - 1;
            if (before >= 0 && !tokens[before].IsPossessive && FoundTokens.Gap(index, before, first) is " " && IsLowerCaseName(index, before, nameWordsToo: false)
                && index.IsFirstName(before) && !FoundTokens.CoveredByOne(found, count, tokens[before].Start, tokens[before].End))
            {
                start = tokens[before].Start;
            }

            if (start < name.Start || end > name.End)
            {
                found.Add(new Detection(start, end, PhiType.Name, name.Priority));
            }
        }
    }

    // Lower case throughout (letters, a hyphen, an apostrophe), of no English, clinical, eponym or city list; a listed name, or a
    // word of five letters or more with a vowel (an abbreviation such as "appt", "htn" or "pls" has none or is short). With
    // nameWordsToo, a listed given name or surname that is also an English word ("joy", "bliss") passes; without, it fails.
    internal static bool IsLowerCaseName(TokenIndex index, int i, bool nameWordsToo)
    {
        var word = FoundTokens.Word(index, i);
        if (word.Length < 3 || !char.IsLower(word[0]))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!(char.IsLower(c) || c is '-' or '\''))
            {
                return false;
            }
        }

        // The English list leaves out words that are also names ("prior", "tea", "fine"): the name-word lists hold those.
        var lexicon = NameLexicon.Shared;
        var nameWord = lexicon.NameWords.Contains(word) || lexicon.RarerNameWords.Contains(word);
        if (nameWordsToo)
        {
            return nameWord && (index.IsFirstName(i) || index.IsSurname(i)) && !index.IsClinicalTerm(i) && !lexicon.Eponyms.Contains(word)
                && !lexicon.DiseaseWords.Contains(word);
        }

        if (index.IsEnglishWord(i) || index.IsClinicalTerm(i) || nameWord || lexicon.Eponyms.Contains(word) || lexicon.DiseaseWords.Contains(word)
            || lexicon.Cities.Contains(word))
        {
            return false;
        }

        return index.IsFirstName(i) || index.IsSurname(i) || (word.Length >= 5 && word.ContainsAny("aeiouy"));
    }

    private static bool TypedInLowerCase(TokenIndex index, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            foreach (var c in FoundTokens.Word(index, i))
            {
                if (char.IsUpper(c))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool ClosesOrActs(TokenIndex index, int i)
    {
        var end = index.Tokens[i].PossessiveEnd;
        var text = index.Text;
        if (index.Tokens[i].IsPossessive || end == text.Length || text[end] is ',' or '.' or ';' or ':' or ')' or '!' or '?' or '\n')
        {
            return true;
        }

        return ActsAfter(index, i);
    }

    // "joy says", "farid refuses": a person's verb right after the word.
    private static bool ActsAfter(TokenIndex index, int i)
    {
        var next = i + 1;
        return !index.Tokens[i].IsPossessive && next < index.Tokens.Count && FoundTokens.Gap(index, i, next) is " " && (index.Cues[next] & WordCue.PersonVerb) != 0
            && NameDetector.PersonVerbs.Contains(FoundTokens.Word(index, next));
    }
}
