using System.Text;

namespace Sermo.Analytics.Learning;

/// <summary>
/// Sermo's tokens for the ML.NET text pipeline (run inside it by <see cref="TextTokensMapping"/>): lower-cased words
/// (letters, digits, inner apostrophes and hyphens) and the punctuation marks <c>! ? . , ; :</c>, joined by single
/// spaces so ML.NET's hashed n-grams split them back. Inside a negation scope (after "not", "no", "never",
/// "without", "…n't" … up to the next punctuation mark) a word is written as <c>~word</c>, so "no bleeding" and
/// "bleeding" are different features. Alongside, the lexicon features: per word listed in AFINN-111 one count for
/// its valence (−5..5) and per word in Hu &amp; Liu's lexicon one for its polarity, each with a negated variant,
/// scaled by 1/√(tokens) like the word bag; a rare opinion word the training set never saw still pushes the
/// right way, and the trainer learns how far to trust a general-English prior in this domain.
/// </summary>
public static class TextTokens
{
    /// <summary>Lexicon feature slots: 11 AFINN valences, 11 negated, Liu +/−, negated Liu +/−, signed AFINN sum, negators.</summary>
    public const int LexiconFeatureCount = 28;

    /// <summary>A post is capped upstream; this bounds hostile input.</summary>
    public const int MaxChars = 1 << 16;

    private const int NegatedAfinn = 11;
    private const int LiuSlot = 22;
    private const int SumSlot = 26;
    private const int NegatorSlot = 27;

    /// <summary>Fills <paramref name="lexicon"/> (length <see cref="LexiconFeatureCount"/>) and returns the token string.</summary>
    public static string Tokenize(ReadOnlySpan<char> text, Span<float> lexicon)
    {
        if (lexicon.Length != LexiconFeatureCount)
        {
            throw new ArgumentException($"need {LexiconFeatureCount} lexicon slots", nameof(lexicon));
        }

        lexicon.Clear();
        var words = OpinionLexicon.Embedded;
        var length = Math.Min(text.Length, MaxChars);
        var lowered = length <= 2048 ? stackalloc char[length] : new char[length];
        text[..length].ToLowerInvariant(lowered);
        var output = new StringBuilder(length + 16);
        var tokens = 0;
        var negated = false;
        var i = 0;
        while (i < lowered.Length)
        {
            var c = lowered[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i++;
                while (i < lowered.Length && (char.IsLetterOrDigit(lowered[i]) || (lowered[i] is '\'' or '’' or '-' && i + 1 < lowered.Length && char.IsLetterOrDigit(lowered[i + 1]))))
                {
                    i++;
                }

                var word = lowered[start..i];
                Append(output, word, negated);
                tokens++;
                if (words.TryGet(word, out var prior))
                {
                    AddPrior(lexicon, prior, negated);
                }

                if (IsNegator(word))
                {
                    negated = true;
                    lexicon[NegatorSlot]++;
                }
            }
            else
            {
                if (c is '!' or '?' or '.' or ',' or ';' or ':')
                {
                    negated = false;
                    output.Append(output.Length == 0 ? "" : " ").Append(c);
                    tokens++;
                }

                i++;
            }
        }

        var scale = 1f / MathF.Sqrt(Math.Max(1, tokens));
        for (var s = 0; s < LexiconFeatureCount; s++)
        {
            lexicon[s] *= scale;
        }

        return output.ToString();
    }

    public static bool IsNegator(ReadOnlySpan<char> word) =>
        word is "not" or "no" or "never" or "without" or "none" or "nothing" or "nor" or "neither" or "cannot" or "hardly" or "barely" or "nobody"
        || word.EndsWith("n't", StringComparison.Ordinal) || word.EndsWith("n’t", StringComparison.Ordinal);

    private static void Append(StringBuilder output, ReadOnlySpan<char> word, bool negated)
    {
        if (output.Length > 0)
        {
            output.Append(' ');
        }

        if (negated)
        {
            output.Append('~');
        }

        foreach (var c in word)
        {
            output.Append(c == '’' ? '\'' : c);
        }
    }

    private static void AddPrior(Span<float> lexicon, OpinionWord prior, bool negated)
    {
        if (prior.Afinn != 0)
        {
            lexicon[prior.Afinn + 5 + (negated ? NegatedAfinn : 0)]++;
            lexicon[SumSlot] += (negated ? -0.5f : 1f) * prior.Afinn / 5f;
        }

        if (prior.Liu != 0)
        {
            lexicon[LiuSlot + (prior.Liu > 0 ? 0 : 1) + (negated ? 2 : 0)]++;
        }
    }
}
