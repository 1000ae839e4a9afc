using System.Buffers;
using System.Runtime.CompilerServices;

namespace Sermo.Analytics.Sentiments;

/// <summary>What the featurizer extracts; stored in a model's manifest so prediction hashes exactly as training did.</summary>
public sealed record FeatureOptions
{
    /// <summary>log2 of the hashed feature space (2^Bits rows of weights).</summary>
    public int Bits { get; init; } = 18;

    /// <summary>1 = unigrams, 2 = unigrams + bigrams, 3 = … + trigrams.</summary>
    public int WordNgrams { get; init; } = 2;

    /// <summary>Character n-grams of each word with boundary marks (fastText style); 0 disables.</summary>
    public int CharMin { get; init; } = 3;

    public int CharMax { get; init; } = 5;

    /// <summary>Words after a negator ("not", "no", "…n't") up to the next punctuation get their own unigram features.</summary>
    public bool NegationScope { get; init; } = true;

    /// <summary>
    /// Optional prior-polarity features from general-English opinion words: null (off), "afinn-111", "liu" or
    /// "afinn-111+liu" (see <see cref="OpinionLexicon"/>). A model trained with them carries its word list.
    /// </summary>
    public string? Lexicon { get; init; }

    public void Validate()
    {
        if (!OpinionLexicon.IsValidSources(Lexicon))
        {
            throw new ArgumentException($"unknown lexicon '{Lexicon}': use {OpinionLexicon.Afinn}, {OpinionLexicon.Liu} or {OpinionLexicon.Afinn}+{OpinionLexicon.Liu}");
        }

        if (Bits is < 10 or > 26)
        {
            throw new ArgumentException($"feature bits must be 10..26, not {Bits}");
        }

        if (WordNgrams is < 1 or > 3 || CharMin < 0 || CharMax < CharMin || CharMax > 8)
        {
            throw new ArgumentException($"bad n-gram settings: wordNgrams={WordNgrams}, char={CharMin}..{CharMax}");
        }
    }
}

/// <summary>
/// Text → hashed feature rows. Allocation-free per call (the caller's buffer grows when needed) so prediction
/// runs at hundreds of thousands of sentences a second. Every feature has value 1/√n (n = features in the text),
/// i.e. a length-normalized bag; duplicates are kept and simply add up.
/// </summary>
public sealed partial class TextFeaturizer
{
    private const uint WordSalt = 0x9E3779B9;
    private const uint NegatedSalt = 0x85EBCA6B;
    private const uint CharSalt = 0xC2B2AE35;
    private const uint BigramSalt = 0x27D4EB2F;
    private const uint TrigramSalt = 0x165667B1;
    private const int MaxTokens = 4096;

    // Longer "words" are URLs, hashes or junk: their character n-grams add cost, not signal.
    private const int MaxCharNgramWord = 40;

    private readonly FeatureOptions _options;
    private readonly OpinionLexicon? _lexicon;
    private readonly uint _mask;

    /// <summary>
    /// With <see cref="FeatureOptions.Lexicon"/> set, <paramref name="lexicon"/> is the word list to use (a model
    /// folder's copy); when it is null the shipped lists are loaded, which is what training does.
    /// </summary>
    public TextFeaturizer(FeatureOptions options, OpinionLexicon? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _mask = (1u << options.Bits) - 1;
        if (options.Lexicon is not null)
        {
            _lexicon = lexicon ?? OpinionLexicon.LoadEmbedded(options.Lexicon);
            if (_lexicon.Sources != options.Lexicon)
            {
                throw new ArgumentException($"lexicon holds '{_lexicon.Sources}' but the features ask for '{options.Lexicon}'");
            }

            (_lexiconKeys, _lexiconSlots, _lexiconWords, _lexiconEntries) = BuildLexiconIndex(_lexicon);
        }
    }

    public FeatureOptions Options => _options;

    /// <summary>The opinion words behind the lexicon features, or null when they are off.</summary>
    public OpinionLexicon? Lexicon => _lexicon;

    public int Rows => 1 << _options.Bits;

    /// <summary>Writes the feature rows of <paramref name="text"/> into <paramref name="rows"/> (grown as needed) and returns their count.</summary>
    public int Extract(ReadOnlySpan<char> text, ref int[] rows)
    {
        var length = Math.Min(text.Length, 1 << 16); // a post is capped upstream; this bounds hostile input
        var lowered = length <= 1024 ? stackalloc char[length] : new char[length];
        text[..length].ToLowerInvariant(lowered);
        var tokens = ArrayPool<ulong>.Shared.Rent(Math.Min(MaxTokens, (length / 2) + 2));
        try
        {
            var count = 0;
            var tokenCount = Tokenize(lowered, tokens);
            var previous = 0u;
            var beforePrevious = 0u;
            var negated = false;
            for (var t = 0; t < tokenCount; t++)
            {
                var start = (int)(tokens[t] >> 32);
                var len = (int)(tokens[t] & 0xFFFF);
                var word = lowered.Slice(start, len);
                var hash = Hash(word, WordSalt);
                if (word.Length == 1 && IsScopeBreak(word[0]))
                {
                    negated = false;
                }

                Add(ref rows, ref count, _options.NegationScope && negated ? Mix(hash ^ NegatedSalt) : hash);
                if (_options.WordNgrams >= 2 && t > 0)
                {
                    Add(ref rows, ref count, Mix((previous * 31) ^ hash ^ BigramSalt));
                    if (_options.WordNgrams >= 3 && t > 1)
                    {
                        Add(ref rows, ref count, Mix((((beforePrevious * 31) ^ previous) * 31) ^ hash ^ TrigramSalt));
                    }
                }

                if (_options.CharMin > 0 && len is > 1 and <= MaxCharNgramWord && char.IsLetterOrDigit(word[0]))
                {
                    AddCharNgrams(word, ref rows, ref count);
                }

                if (_lexicon is not null && len is > 1 and <= MaxCharNgramWord)
                {
                    AddLexiconFeatures(word, hash, _options.NegationScope && negated, ref rows, ref count);
                }

                if (IsNegator(word))
                {
                    negated = true;
                }

                beforePrevious = previous;
                previous = hash;
            }

            return count;
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(tokens);
        }
    }

    /// <summary>Words (letters, digits, inner apostrophes and hyphens) and the punctuation marks ! ? . , ; : as tokens.</summary>
    private static int Tokenize(ReadOnlySpan<char> text, ulong[] tokens)
    {
        var count = 0;
        var i = 0;
        while (i < text.Length && count < tokens.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                i++;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || ((text[i] is '\'' or '’' or '-') && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
                {
                    i++;
                }

                tokens[count++] = ((ulong)start << 32) | (uint)Math.Min(i - start, 0xFFFF);
            }
            else
            {
                if (c is '!' or '?' or '.' or ',' or ';' or ':')
                {
                    tokens[count++] = ((ulong)i << 32) | 1u;
                }

                i++;
            }
        }

        return count;
    }

    private void AddCharNgrams(ReadOnlySpan<char> word, ref int[] rows, ref int count)
    {
        // "<word>" without materializing it: position 0 is '<', position padded-1 is '>'. FNV-1a extends a prefix's
        // hash by one character, so each start position hashes its CharMin..CharMax-grams in one pass (5 steps for
        // 3-, 4- and 5-grams instead of 12); the rows are the same as hashing each n-gram on its own, in another order.
        var padded = word.Length + 2;
        var longest = Math.Min(_options.CharMax, padded - 1); // the whole "<word>" is not one of its n-grams
        for (var start = 0; start + _options.CharMin <= padded; start++)
        {
            var h = 2166136261u ^ CharSalt;
            var end = Math.Min(start + longest, padded);
            for (var p = start; p < end; p++)
            {
                var c = p == 0 ? '<' : p == padded - 1 ? '>' : word[p - 1];
                h = (h ^ c) * 16777619u;
                if (p - start + 1 >= _options.CharMin)
                {
                    Add(ref rows, ref count, Mix(h));
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Add(ref int[] rows, ref int count, uint hash)
    {
        if (count == rows.Length)
        {
            Array.Resize(ref rows, Math.Max(64, rows.Length * 2));
        }

        rows[count++] = (int)(hash & _mask);
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

    private static bool IsScopeBreak(char c) => c is '!' or '?' or '.' or ',' or ';' or ':';

    private static bool IsNegator(ReadOnlySpan<char> word) =>
        word is "not" or "no" or "never" or "without" or "none" or "nothing" or "nor" or "neither" or "cannot" or "hardly" or "barely" or "nobody"
        || word.EndsWith("n't", StringComparison.Ordinal) || word.EndsWith("n’t", StringComparison.Ordinal);
}
