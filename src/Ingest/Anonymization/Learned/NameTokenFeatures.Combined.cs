namespace Sermo.Ingest.Anonymization.Learned;

/// <summary>
/// Round 9's features (decision 065), kept apart from round 8's so the scoring path's cost stays reviewable: combinations of
/// what a word is with what stands beside it, which a linear model cannot form from the single features alone.
/// </summary>
internal static partial class NameTokenFeatures
{
    private static void AddCombinedContext(TokenIndex index, int i, ReadOnlySpan<TokenCover> cover, List<int> features, int lists)
    {
        var count = index.Tokens.Count;
        var before = i > 0 ? cover[i - 1] : TokenCover.None;
        var after = i + 1 < count ? cover[i + 1] : TokenCover.None;

        // "Marcus Ivy", "Hope Sterling": a word the lists know as English (or as nothing) right next to a name part the rules found.
        AddPair(features, ListsCoverBeforeTag, (int)before, lists);
        AddPair(features, ListsCoverAfterTag, (int)after, lists);

        // The capitalised run the word stands in (two or three name-case words in a row read as one name) and its place in it.
        var (first, last) = NameCaseRun(index, i);
        AddPair(features, RunTag, Math.Min(last - first + 1, 4), Math.Min(i - first, 3));
        AddPair(features, RunSentenceStartTag, Math.Min(last - first + 1, 4), index.Tokens[first].SentenceStart ? 1 : 0);

        // "Okonkwo, Adaeze" and "Adaeze" after "Okonkwo,": a name-case word beside another around a comma, read with both words' lists.
        if (i + 1 < count && Gap(index, i, i + 1).SequenceEqual(",") && IsNameCaseAt(index, i + 1))
        {
            AddPair(features, CommaAfterTag, lists, ListBits(index, i + 1));
        }

        if (i > 0 && Gap(index, i - 1, i).SequenceEqual(",") && IsNameCaseAt(index, i - 1))
        {
            AddPair(features, CommaBeforeTag, lists, ListBits(index, i - 1));
        }

        // A place's frame: in/from/near before the run and a state or a ZIP after it ("from Ordinary, KY", "near Why, AZ 85321").
        var preposition = first > 0 && (index.Kinds[first - 1] & WordKind.PlacePreposition) != 0;
        var stateAfter = last + 1 < count && Gap(index, last, last + 1).SequenceEqual(",") && (index.Kinds[last + 1] & WordKind.State) != 0;
        var zipAfter = ZipFollows(index, stateAfter ? last + 1 : last);
        AddPair(features, PlaceFrameTag, (preposition ? 1 : 0) | (stateAfter ? 2 : 0) | (zipAfter ? 4 : 0), lists & 4);
    }

    private static (int First, int Last) NameCaseRun(TokenIndex index, int i)
    {
        var tokens = index.Tokens;
        int first = i, last = i;
        while (first > 0 && i - first < 3 && IsNameCaseAt(index, first - 1) && tokens[first].Start - tokens[first - 1].End == 1)
        {
            first--;
        }

        while (last + 1 < tokens.Count && last - i < 3 && IsNameCaseAt(index, last + 1) && tokens[last + 1].Start - tokens[last].End == 1)
        {
            last++;
        }

        return (first, last);
    }

    private static bool IsNameCaseAt(TokenIndex index, int k)
    {
        var word = Word(index, k);
        return word.Length > 0 && char.IsUpper(word[0]) && NameTokenizer.IsNameCase(word);
    }

    private static int ListBits(TokenIndex index, int k)
    {
        var lexicon = NameLexicon.Shared;
        var word = Word(index, k);
        return ListedBits(index, k, word, withNameWordsAndCities: false) | (lexicon.EnglishWords.Contains(word) ? 4 : 0);
    }

    // Five digits (a ZIP, or ZIP+4) within a few characters after token k, before any letter: "Why, AZ 85321".
    private static bool ZipFollows(TokenIndex index, int k)
    {
        var text = index.Text;
        var at = index.Tokens[k].PossessiveEnd;
        var end = Math.Min(text.Length, at + 4);
        while (at < end && !char.IsAsciiDigit(text[at]) && !char.IsLetter(text[at]))
        {
            at++;
        }

        var digits = 0;
        while (at + digits < text.Length && char.IsAsciiDigit(text[at + digits]))
        {
            digits++;
        }

        return digits == 5;
    }

    private static readonly uint ListsCoverBeforeTag = Tag("lists|d-1");
    private static readonly uint ListsCoverAfterTag = Tag("lists|d+1");
    private static readonly uint RunTag = Tag("run");
    private static readonly uint RunSentenceStartTag = Tag("run|ss");
    private static readonly uint CommaAfterTag = Tag("comma>");
    private static readonly uint CommaBeforeTag = Tag("<comma");
    private static readonly uint PlaceFrameTag = Tag("prep|state|zip");

    private static void AddPair(List<int> features, uint tag, int first, int second) => features.Add(Bucket(Hash(Hash(tag, first), second)));
}
