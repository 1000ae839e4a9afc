namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A surname that is also an eponym, a title or a clinical word, right after a found given name (round 48, decision 320): "Joy
/// Bell (PGY1)", "Destiny Battle, 149th", "Nadia Captain last seen", "Winona Iron Cloud". <see cref="FoundNameExtensions"/> takes a
/// word surname after a found name only when no never-name list holds it, so a surname that is also "Bell's palsy", "Battle's
/// sign", a rank or a mineral stays behind; and it runs before most name rules, so a name they find later gets no surname at all.
/// Runs after the name rules: a found name whose last word is a given name (a listed one or a name word: "Storm", "Duke"), then
/// one title-case word in the same sentence that is
/// - an eponym that is a listed surname, not before an eponym's or a disease's noun and none of the eponyms that name a disease
///   alone ("Maria Foley catheter", "Grace Parkinson" stay);
/// - a title not before another capital ("Sunny Saint with", not "Maria, Captain Lee");
/// - a clinical word only before a second title-case surname word ("Iron Cloud", "Brave Heart");
/// - or a word no never-name list holds, as <see cref="FoundNameExtensions"/> reads it.
/// Never a weekday ("saw Maria Friday"), a month, a holiday, a state, an institution, a head noun, a function word or a possessive.
/// </summary>
internal static class WordSurnamesAfterFoundGivenNames
{
    // What a surname may also be here; the rest of FoundTokens.NeverNamePart never stands for a surname after a given name.
    private const WordKind NeverSurname = FoundTokens.NeverNamePart & ~(WordKind.Eponym | WordKind.Title | WordKind.Clinical);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Weekdays = new HashSet<string>(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var tokens = index.Tokens;
        var count = found.Count;
        for (var c = 0; c < count; c++)
        {
            var name = found[c];
            if (name.Type != PhiType.Name)
            {
                continue;
            }

            // Pre-checks on the found span and the character after it before any token search or list (decision 093).
            var end = name.End;
            if (end + 4 > index.Text.Length || index.Text[end] != ' ' || !char.IsUpper(index.Text[end + 1]))
            {
                continue;
            }

            // The found span's last word is the given name: one word ("Joy"), or after a rank or role found with it ("SrA Destiny").
            var given = FoundTokens.EndingAt(tokens, end);
            if (given < 0 || given + 1 >= tokens.Count || tokens[given].End != end || tokens[given].IsPossessive || !IsGivenName(index, given))
            {
                continue;
            }

            var last = SurnameAfter(index, given + 1);
            if (last > given && !FoundTokens.OverlapsAny(found, count, tokens[given + 1].Start, tokens[last].End))
            {
                found.Add(new Detection(name.Start, tokens[last].End, PhiType.Name, name.Priority));
            }
        }
    }

    // A listed given name, or a word the name-word list holds ("Storm", "Ford", "Duke"): the finder already read it as a name.
    private static bool IsGivenName(TokenIndex index, int i) => (index.Kinds[i] & WordKind.NameWord) != 0 || index.IsFirstName(i);

    // The last token of the surname that starts at token s, or -1.
    private static int SurnameAfter(TokenIndex index, int s)
    {
        var tokens = index.Tokens;
        var word = FoundTokens.Word(index, s);
        var kinds = index.Kinds[s];
        if (tokens[s].SentenceStart || tokens[s].IsPossessive || tokens[s].Length < 3 || !FoundTokens.IsTitleCase(word) || (kinds & NeverSurname) != 0
            || Weekdays.Contains(word) || ((index.Cues[s] & WordCue.FunctionWord) != 0 && FoundTokens.FunctionWords.Contains(word)))
        {
            return -1;
        }

        var next = s + 1 < tokens.Count && FoundTokens.Gap(index, s, s + 1) is " " ? s + 1 : -1;
        var capitalNext = next > 0 && FoundTokens.IsTitleCase(FoundTokens.Word(index, next));
        if ((kinds & WordKind.Clinical) != 0)
        {
            // "Iron Cloud": a clinical first part only with a second surname part that may be a name.
            return capitalNext && !tokens[s].PeriodAfter && FoundTokens.MayBeNamePart(index, next) ? next : -1;
        }

        if ((kinds & WordKind.Title) != 0)
        {
            return capitalNext ? -1 : s;
        }

        if ((kinds & WordKind.Eponym) != 0)
        {
            return index.IsSurname(s) && !IsBeforeEponymNoun(index, next) && !NameDetector.StandaloneEponyms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) ? s : -1;
        }

        // "Mallory-Weiss tear": every part an eponym, which the token's kinds miss (FoundNameExtensions reads it the same way).
        return FoundNameExtensions.IsHyphenatedEponym(word) ? -1 : s;
    }

    // "Bell palsy", "Wells score", "Baker cyst": the shared cue flag first, the lists only where it is set.
    private static bool IsBeforeEponymNoun(TokenIndex index, int next)
    {
        if (next < 0 || (index.Cues[next] & (WordCue.EponymNoun | WordCue.DiseaseNoun)) == 0)
        {
            return false;
        }

        var word = FoundTokens.Word(index, next);
        return NameDetector.DiseaseNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || EponymPhrases.ClosingNouns.Contains(word)
            || EponymPhrases.InstrumentNouns.Contains(word) || EponymPhrases.ExamNouns.Contains(word) || EponymPhrases.ExamResults.Contains(word);
    }
}
