namespace Sermo.Analytics.Sentiments;

/// <summary>The optional opinion-lexicon features of <see cref="TextFeaturizer"/>.</summary>
public sealed partial class TextFeaturizer
{
    private const uint LexiconSalt = 0xD3A2646C;

    // Open-addressing index keyed by the word hash the featurizer computes anyway, so a lookup costs no second
    // hash of the word; a hit is confirmed against the word itself, so it is exact.
    private readonly uint[] _lexiconKeys = [];
    private readonly int[] _lexiconSlots = [];
    private readonly string[] _lexiconWords = [];
    private readonly OpinionWord[] _lexiconEntries = [];

    private static (uint[] Keys, int[] Slots, string[] Words, OpinionWord[] Entries) BuildLexiconIndex(OpinionLexicon lexicon)
    {
        var words = lexicon.Entries.Select(p => p.Key).Order(StringComparer.Ordinal).ToArray();
        var entries = new OpinionWord[words.Length];
        var size = (int)Math.Max(16, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)words.Length * 4));
        var keys = new uint[size];
        var slots = new int[size];
        Array.Fill(slots, -1);
        for (var i = 0; i < words.Length; i++)
        {
            lexicon.TryGet(words[i], out entries[i]);
            var hash = Hash(words[i], WordSalt);
            var at = (int)(hash & (uint)(size - 1));
            while (slots[at] >= 0)
            {
                at = (at + 1) & (size - 1);
            }

            keys[at] = hash;
            slots[at] = i;
        }

        return (keys, slots, words, entries);
    }

    /// <summary>
    /// A listed word adds its AFINN valence (one feature per value −5..5) and its Hu &amp; Liu polarity as features
    /// shared by every word with that prior, each with its own negated variant: rare opinion words the training
    /// set never saw still push the right way, and the model learns how far to trust the prior in this domain.
    /// </summary>
    private void AddLexiconFeatures(ReadOnlySpan<char> word, uint hash, bool negated, ref int[] rows, ref int count)
    {
        var mask = _lexiconKeys.Length - 1;
        var at = (int)(hash & (uint)mask);
        while (_lexiconSlots[at] >= 0)
        {
            if (_lexiconKeys[at] == hash && SameWord(_lexiconWords[_lexiconSlots[at]], word))
            {
                var entry = _lexiconEntries[_lexiconSlots[at]];
                var negation = negated ? 1u : 0u;
                if (entry.Afinn != 0)
                {
                    Add(ref rows, ref count, Mix(LexiconSalt ^ ((uint)(entry.Afinn + 8) << 1) ^ negation));
                }

                if (entry.Liu != 0)
                {
                    Add(ref rows, ref count, Mix(LexiconSalt ^ (entry.Liu > 0 ? 0x100u : 0x200u) ^ negation));
                }

                return;
            }

            at = (at + 1) & mask;
        }
    }

    /// <summary>Equality as the word hash sees it: the typographic apostrophe counts as the plain one.</summary>
    private static bool SameWord(string listed, ReadOnlySpan<char> word)
    {
        if (listed.Length != word.Length)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            if (listed[i] != (word[i] == '’' ? '\'' : word[i]))
            {
                return false;
            }
        }

        return true;
    }
}
