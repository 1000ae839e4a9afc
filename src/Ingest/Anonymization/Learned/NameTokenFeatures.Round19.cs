namespace Sermo.Ingest.Anonymization.Learned;

/// <summary>
/// Round 19's features (decision 140): what the word is read with the words around it, which the single neighbour features
/// cannot say to a linear model. Kept: the rotation's mean rose on recall, retention and clean posts changed together.
/// Tried and not kept (docs/anonymizer.md, "Round 19"): the shapes of both neighbours together, the line's first word,
/// a verb of speech or care within two words after, and a number set off after the word.
/// </summary>
internal static partial class NameTokenFeatures
{
    private static void AddRound19Context(TokenIndex index, int i, List<int> features, int lists)
    {
        var count = index.Tokens.Count;

        // "Sunny brought him": the next word read with the word's lists, so a given name that is also an English word can weigh
        // differently before a verb than before a noun.
        Add(features, NextWordListsTag, i + 1 < count ? Word(index, i + 1) : "$", lists);

        // "my fav lady Lark", "his gf Noy": the two words before, together.
        Add(features, TwoWordsBeforeTag, i > 1 ? Word(index, i - 2) : "^", i > 0 ? Word(index, i - 1) : "^");

        // A title or person cue one or two words back ("coach Mr Sunny", "daughter, Ivy") read with the word's lists.
        const WordKind Cue = WordKind.PersonCue | WordKind.Title;
        var cueAt = i > 0 && (index.Kinds[i - 1] & Cue) != 0 ? 1 : i > 1 && (index.Kinds[i - 2] & Cue) != 0 ? 2 : 0;
        AddPair(features, CueBeforeListsTag, cueAt, lists);
    }

    private static readonly uint NextWordListsTag = Tag("w+1|lists");
    private static readonly uint TwoWordsBeforeTag = Tag("w-2|w-1");
    private static readonly uint CueBeforeListsTag = Tag("cue<=2|lists");
}
