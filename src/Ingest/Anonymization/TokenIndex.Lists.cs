namespace Sermo.Ingest.Anonymization;

/// <summary>
/// The answers of the large word lists that <see cref="Vocabulary"/> does not carry for a token, asked once per token and
/// post and then shared (decision 152). The vocabulary answers a lower-case word from its small cue table, so the given-name,
/// surname, clinical and English lists of a lower-case word, and the English list of any word, were asked again by each rule
/// that needed them: the name detector, the lower-case pairs, the learned detector's features, up to five times a token.
/// A rule that reads one of these lists for exactly a token's word asks here instead; the answer is the list's own.
/// </summary>
internal sealed partial class TokenIndex
{
    // One set of answers per thread, reused post after post like the other buffers (cleared for the post's tokens in Build).
    [ThreadStatic]
    private static ListAnswers[]? _threadListAnswers;

    private readonly ListAnswers[] _listAnswers;

    /// <summary>Whether <see cref="NameLexicon.EnglishWords"/> holds the word of token <paramref name="i"/>.</summary>
    public bool IsEnglishWord(int i) => InList(i, ListAnswers.EnglishAsked, NameLexicon.Shared.EnglishWords);

    /// <summary>Whether <see cref="NameLexicon.FirstNames"/> holds the word of token <paramref name="i"/>, in any case.</summary>
    public bool IsFirstName(int i) => InList(i, ListAnswers.FirstNameAsked, NameLexicon.Shared.FirstNames);

    /// <summary>Whether <see cref="NameLexicon.Surnames"/> holds the word of token <paramref name="i"/>, in any case.</summary>
    public bool IsSurname(int i) => InList(i, ListAnswers.SurnameAsked, NameLexicon.Shared.Surnames);

    /// <summary>Whether <see cref="NameLexicon.ClinicalTerms"/> holds the word of token <paramref name="i"/>, in any case.</summary>
    public bool IsClinicalTerm(int i) => InList(i, ListAnswers.ClinicalAsked, NameLexicon.Shared.ClinicalTerms);

    private static ListAnswers[] ListAnswersFor(int count)
    {
        var answers = _threadListAnswers is { } cached && cached.Length >= count ? cached : (_threadListAnswers = new ListAnswers[Math.Max(256, count * 2)]);
        Array.Clear(answers, 0, count);
        return answers;
    }

    private bool InList(int i, ListAnswers asked, WordSet list)
    {
        // The "yes" flag of each list sits four bits above its "asked" flag.
        var yes = (ListAnswers)((int)asked << 4);
        var answers = _listAnswers[i];
        if ((answers & asked) != 0)
        {
            return (answers & yes) != 0;
        }

        var held = list.Contains(Text.AsSpan(Tokens[i].Start, Tokens[i].Length));
        _listAnswers[i] = answers | asked | (held ? yes : ListAnswers.None);
        return held;
    }

    [Flags]
    private enum ListAnswers : byte
    {
        None = 0,
        EnglishAsked = 1 << 0,
        FirstNameAsked = 1 << 1,
        SurnameAsked = 1 << 2,
        ClinicalAsked = 1 << 3,
    }
}
