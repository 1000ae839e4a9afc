using Microsoft.ML.Data;

namespace Sermo.Analytics.Learning;

/// <summary>
/// Sermo's tokens as feature vectors for ML.NET (run inside the model by <see cref="TextTokensMapping"/> and <see cref="CharGramsMapping"/>). Tokens are
/// lower-cased words (letters, digits, inner apostrophes and hyphens) and the marks <c>! ? . , ; :</c>; inside a
/// negation scope (after "not", "no", "never", "without", "…n't" … up to the next mark) a word is its own
/// feature, so "no bleeding" and "bleeding" differ. Columns: hashed word unigrams and bigrams, and (optional, a
/// second mapping) hashed character 3–5-grams of each word (fastText style, with word boundaries), each scaled to
/// unit length; and the
/// lexicon features: per word listed in AFINN-111 one count for its valence (−5..5) and per word in Hu &amp; Liu's
/// lexicon one for its polarity, each with a negated variant, scaled by 1/√(tokens).
/// </summary>
/// <remarks>
/// Why Sermo hashes instead of ML.NET's text transforms: measured on the same posts (decision 009), ML.NET's
/// <c>FeaturizeText</c> scores about 27,000 posts per CPU second and its hashed word bags over these tokens about
/// 58,000; hashing here, inside the one custom mapping, about 100,000 — the ingest target.
/// </remarks>
public static class TextTokens
{
    /// <summary>log2 of each hashed n-gram space.</summary>
    public const int Bits = 18;

    public const int Dimensions = 1 << Bits;

    /// <summary>Lexicon feature slots: 11 AFINN valences, 11 negated, Liu +/−, negated Liu +/−, signed AFINN sum, negators.</summary>
    public const int LexiconFeatureCount = 28;

    /// <summary>A post is capped upstream; this bounds hostile input.</summary>
    public const int MaxChars = 1 << 16;

    private const int MaxTokens = 4096;
    private const int MaxCharNgramWord = 40;
    private const int CharMin = 3;
    private const int CharMax = 5;
    private const uint WordSalt = 0x9E3779B9;
    private const uint NegatedSalt = 0x85EBCA6B;
    private const uint BigramSalt = 0x27D4EB2F;
    private const uint CharSalt = 0xC2B2AE35;
    private const int NegatedAfinn = 11;
    private const int LiuSlot = 22;
    private const int SumSlot = 26;
    private const int NegatorSlot = 27;

    [ThreadStatic]
    private static List<int>? _words;

    [ThreadStatic]
    private static List<int>? _chars;

    /// <summary>Fills the word n-gram and lexicon columns of <paramref name="output"/> from <paramref name="text"/>.</summary>
    public static void Featurize(ReadOnlySpan<char> text, TokenColumns output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var lexicon = output.Lexicon.Length == LexiconFeatureCount ? output.Lexicon : output.Lexicon = new float[LexiconFeatureCount];
        var words = _words ??= new List<int>(256);
        Scan(text, words, lexicon, null);

        // The output object belongs to one cursor or engine and ML.NET copies the column out of it, so its arrays
        // are reused from post to post instead of allocated per post.
        var grams = output.WordGrams;
        UnitVector(words, ref grams);
        output.WordGrams = grams;
    }

    /// <summary>The character n-gram column of <paramref name="text"/> into <paramref name="grams"/>, reusing its arrays (a separate mapping: it costs as much as the rest).</summary>
    public static void CharGrams(ReadOnlySpan<char> text, ref VBuffer<float> grams)
    {
        var chars = _chars ??= new List<int>(1024);
        Scan(text, null, null, chars);
        UnitVector(chars, ref grams);
    }

    /// <summary>One tokenizing pass: word n-gram slots into <paramref name="words"/>, lexicon features when <paramref name="lexicon"/> is given, character n-grams into <paramref name="chars"/> when given.</summary>
    private static void Scan(ReadOnlySpan<char> text, List<int>? words, float[]? lexicon, List<int>? chars)
    {
        words?.Clear();
        chars?.Clear();
        if (lexicon is not null)
        {
            Array.Clear(lexicon);
        }

        var prior = OpinionLexicon.Embedded;
        var length = Math.Min(text.Length, MaxChars);
        var lowered = length <= 2048 ? stackalloc char[length] : new char[length];
        text[..length].ToLowerInvariant(lowered);
        var tokens = 0;
        var negated = false;
        var previous = 0u;
        var i = 0;
        while (i < lowered.Length && tokens < MaxTokens)
        {
            var c = lowered[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (c is '!' or '?' or '.' or ',' or ';' or ':')
                {
                    negated = false;
                    previous = Add(words, previous, Hash(lowered.Slice(i, 1), WordSalt), ref tokens);
                }

                i++;
                continue;
            }

            var start = i++;
            while (i < lowered.Length && (char.IsLetterOrDigit(lowered[i]) || (lowered[i] is '\'' or '’' or '-' && i + 1 < lowered.Length && char.IsLetterOrDigit(lowered[i + 1]))))
            {
                i++;
            }

            var word = lowered[start..i];
            var hash = Hash(word, WordSalt);
            previous = Add(words, previous, negated ? Mix(hash ^ NegatedSalt) : hash, ref tokens);
            if (chars is not null && word.Length is > 1 and <= MaxCharNgramWord)
            {
                AddCharNgrams(word, chars);
            }

            if (lexicon is not null && prior.TryGet(word, out var opinion))
            {
                AddPrior(lexicon, opinion, negated);
            }

            if (IsNegator(word))
            {
                negated = true;
                if (lexicon is not null)
                {
                    lexicon[NegatorSlot]++;
                }
            }
        }

        if (lexicon is not null)
        {
            var scale = 1f / MathF.Sqrt(Math.Max(1, tokens));
            for (var s = 0; s < LexiconFeatureCount; s++)
            {
                lexicon[s] *= scale;
            }
        }

    }

    public static bool IsNegator(ReadOnlySpan<char> word) =>
        word is "not" or "no" or "never" or "without" or "none" or "nothing" or "nor" or "neither" or "cannot" or "hardly" or "barely" or "nobody"
        || word.EndsWith("n't", StringComparison.Ordinal) || word.EndsWith("n’t", StringComparison.Ordinal);

    /// <summary>Adds a token's unigram and its bigram with the previous token; returns the token hash for the next bigram.</summary>
    private static uint Add(List<int>? words, uint previous, uint hash, ref int tokens)
    {
        if (words is not null)
        {
            words.Add((int)(hash & (Dimensions - 1)));
            if (tokens > 0)
            {
                words.Add((int)(Mix((previous * 31) ^ hash ^ BigramSalt) & (Dimensions - 1)));
            }
        }

        tokens++;
        return hash;
    }

    private static void AddCharNgrams(ReadOnlySpan<char> word, List<int> chars)
    {
        // "<word>" without materializing it; FNV-1a extends a prefix's hash by one character, so each start
        // position yields its 3-, 4- and 5-gram in one pass.
        var padded = word.Length + 2;
        var longest = Math.Min(CharMax, padded - 1);
        for (var start = 0; start + CharMin <= padded; start++)
        {
            var h = 2166136261u ^ CharSalt;
            var end = Math.Min(start + longest, padded);
            for (var p = start; p < end; p++)
            {
                var c = p == 0 ? '<' : p == padded - 1 ? '>' : word[p - 1];
                h = (h ^ c) * 16777619u;
                if (p - start + 1 >= CharMin)
                {
                    chars.Add((int)(Mix(h) & (Dimensions - 1)));
                }
            }
        }
    }

    /// <summary>Counts of the hashed slots as a sparse vector of unit L2 length (slots sorted, repeats merged) in <paramref name="vector"/>, reusing its arrays when they are large enough.</summary>
    private static void UnitVector(List<int> slots, ref VBuffer<float> vector)
    {
        slots.Sort();
        var editor = VBufferEditor.Create(ref vector, Dimensions, slots.Count, requireIndicesOnDense: true);
        var indices = editor.Indices;
        var values = editor.Values;
        var n = 0;
        foreach (var slot in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(slots))
        {
            if (n > 0 && indices[n - 1] == slot)
            {
                values[n - 1]++;
            }
            else
            {
                indices[n] = slot;
                values[n++] = 1;
            }
        }

        var norm = 0f;
        for (var k = 0; k < n; k++)
        {
            norm += values[k] * values[k];
        }

        var scale = n == 0 ? 0f : 1f / MathF.Sqrt(norm);
        for (var k = 0; k < n; k++)
        {
            values[k] *= scale;
        }

        vector = editor.CommitTruncated(n);
    }

    private static void AddPrior(float[] lexicon, OpinionWord prior, bool negated)
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

    private static uint Hash(ReadOnlySpan<char> word, uint salt)
    {
        var h = 2166136261u ^ salt;
        foreach (var c in word)
        {
            h = (h ^ (c == '’' ? '\'' : c)) * 16777619u;
        }

        return Mix(h);
    }

    /// <summary>MurmurHash3's finalizer: spreads FNV's weak low bits over the mask.</summary>
    private static uint Mix(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        h ^= h >> 16;
        return h;
    }
}
