namespace Sermo.Ingest.Anonymization;

/// <summary>
/// The answers of the large word lists that <see cref="Vocabulary"/> does not carry for a token, asked once per token and
/// post and then shared (decision 152). The vocabulary answers a lower-case word from its small cue table, so the given-name,
/// surname, clinical and English lists of a lower-case word, and the English list of any word, were asked again by each rule
/// that needed them: the name detector, the lower-case pairs, the learned detector's features, up to five times a token.
/// A rule that reads one of these lists for exactly a token's word asks here instead; the answer is the list's own. The word's
/// folded hash, which each list's bit filter reads, is computed at the token's first question and kept for the others (decision 300).
/// </summary>
internal sealed partial class TokenIndex
{
    // One set of answers per thread, reused post after post like the other buffers (cleared for the post's tokens in Build).
    [ThreadStatic]
    private static TokenListAnswers[]? _threadListAnswers;

    private readonly TokenListAnswers[] _listAnswers;

    /// <summary>Whether <see cref="NameLexicon.EnglishWords"/> holds the word of token <paramref name="i"/>.</summary>
    public bool IsEnglishWord(int i) => InList(i, ListAnswers.EnglishAsked, NameLexicon.Shared.EnglishWords);

    /// <summary>Whether <see cref="NameLexicon.FirstNames"/> holds the word of token <paramref name="i"/>, in any case.</summary>
    public bool IsFirstName(int i) => InList(i, ListAnswers.FirstNameAsked, NameLexicon.Shared.FirstNames);

    /// <summary>Whether <see cref="NameLexicon.Surnames"/> holds the word of token <paramref name="i"/>, in any case.</summary>
    public bool IsSurname(int i) => InList(i, ListAnswers.SurnameAsked, NameLexicon.Shared.Surnames);

    /// <summary>Whether <see cref="NameLexicon.ClinicalTerms"/> holds the word of token <paramref name="i"/>, in any case.</summary>
    public bool IsClinicalTerm(int i) => InList(i, ListAnswers.ClinicalAsked, NameLexicon.Shared.ClinicalTerms);

    private static TokenListAnswers[] ListAnswersFor(int count)
    {
        var answers = _threadListAnswers is { } cached && cached.Length >= count ? cached : (_threadListAnswers = new TokenListAnswers[Math.Max(256, count * 2)]);
        Array.Clear(answers, 0, count);
        return answers;
    }

    private bool InList(int i, ListAnswers asked, WordSet list)
    {
        // The "yes" flag of each list sits four bits above its "asked" flag.
        var yes = (ListAnswers)((int)asked << 4);
        ref var entry = ref _listAnswers[i];
        if ((entry.Answers & asked) != 0)
        {
            return (entry.Answers & yes) != 0;
        }

        var word = Text.AsSpan(Tokens[i].Start, Tokens[i].Length);
        if ((entry.Answers & (ListAnswers.Hashed | ListAnswers.NotAscii)) == 0)
        {
            // WordSet.Contains hashes only an all-ASCII word for its filter; so does this.
            if (System.Text.Ascii.IsValid(word))
            {
                entry.Hash = WordFilter.FoldedHash(word);
                entry.Answers |= ListAnswers.Hashed;
            }
            else
            {
                entry.Answers |= ListAnswers.NotAscii;
            }
        }

        var held = (entry.Answers & ListAnswers.Hashed) != 0 ? list.ContainsAscii(word, entry.Hash) : list.Contains(word);
        entry.Answers |= asked | (held ? yes : ListAnswers.None);
        return held;
    }

    // A token's answers so far and, once asked, its word's folded hash; cleared for the post's tokens in Build.
    private struct TokenListAnswers
    {
        public ListAnswers Answers;

        public ulong Hash;
    }

    [Flags]
    private enum ListAnswers : ushort
    {
        None = 0,
        EnglishAsked = 1 << 0,
        FirstNameAsked = 1 << 1,
        SurnameAsked = 1 << 2,
        ClinicalAsked = 1 << 3,

        // The "yes" flags are the four bits above (asked << 4); then whether Hash holds the word's hash or the word is not ASCII.
        Hashed = 1 << 8,
        NotAscii = 1 << 9,
    }
}
