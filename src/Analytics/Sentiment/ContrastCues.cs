using Sermo.Analytics.Learning;
using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Sentiments;

/// <summary>
/// Where a post turns and how sure it is, for <see cref="ClinicalContextFeatures"/>: the clause after the last
/// contrast word ("pricey, PA was a slog, but worth every fax") usually carries the verdict, which bag-of-words
/// features weigh no more than the complaint before it; hedges ("I think", "maybe", "not sure") soften a claim.
/// Opinion words are the lexicon's (AFINN-111 valence / 5, sign flipped inside a negation scope).
/// </summary>
internal static class ContrastCues
{
    public const int Count = 5;

    private const int MaxChars = 4096;

    /// <summary>Writes the cues to <paramref name="f"/>: turn present, opinion before and after it, drug/event sentiment after it, hedges.</summary>
    public static void Fill(string text, TagResult tags, Span<float> f)
    {
        var length = Math.Min(text.Length, MaxChars);
        Span<char> lowered = stackalloc char[length];
        text.AsSpan(0, length).ToLowerInvariant(lowered);
        var turn = LastTurn(lowered);
        var (head, tail, tokens) = Opinion(lowered, turn);
        var scale = 1f / MathF.Sqrt(Math.Max(1, tokens));
        f[0] = turn >= 0 ? 1 : 0;
        f[1] = head * scale;
        f[2] = tail * scale;
        var tailEntities = 0;
        if (turn >= 0)
        {
            foreach (var entity in tags.Entities)
            {
                if (entity.Start >= turn)
                {
                    tailEntities += entity.Sentiment switch { Sentiment.Positive => 1, Sentiment.Negative => -1, _ => 0 };
                }
            }
        }

        f[3] = MathF.Sign(tailEntities) * MathF.Log(1 + Math.Abs(tailEntities));
        f[4] = MathF.Log(1 + Hedges(lowered));
    }

    /// <summary>Offset of the last contrast word ("but", "however", "though", "although"; not "yet", mostly an adverb: "not sure yet"), or −1.</summary>
    private static int LastTurn(ReadOnlySpan<char> text)
    {
        var last = -1;
        var words = new WordEnumerator(text);
        while (words.MoveNext())
        {
            if (words.Current is "but" or "however" or "though" or "although")
            {
                last = words.Start;
            }
        }

        return last;
    }

    private static (float Head, float Tail, int Tokens) Opinion(ReadOnlySpan<char> text, int turn)
    {
        var lexicon = OpinionLexicon.Embedded;
        float head = 0, tail = 0;
        var tokens = 0;
        var negated = false;
        var previousEnd = 0;
        var words = new WordEnumerator(text);
        while (words.MoveNext())
        {
            var start = words.Start;
            var word = words.Current;
            // A mark between two words closes a negation scope, as in TextTokens.
            if (text[previousEnd..start].IndexOfAny(".,;:!?") >= 0)
            {
                negated = false;
            }

            previousEnd = start + word.Length;
            tokens++;
            if (lexicon.TryGet(word, out var opinion) && opinion.Afinn != 0)
            {
                var value = (negated ? -0.5f : 1f) * opinion.Afinn / 5f;
                if (turn >= 0 && start > turn)
                {
                    tail += value;
                }
                else
                {
                    head += value;
                }
            }

            negated |= TextTokens.IsNegator(word);
        }

        return (head, tail, tokens);
    }

    private static int Hedges(ReadOnlySpan<char> text)
    {
        var count = 0;
        var previous = ReadOnlySpan<char>.Empty;
        var words = new WordEnumerator(text);
        while (words.MoveNext())
        {
            var word = words.Current;
            if (word is "maybe" or "probably" or "perhaps" or "possibly" or "might" or "seems" or "unclear" or "unsure"
                || (previous is "i" && word is "think" or "guess" or "suspect")
                || (previous is "not" && word is "sure" or "convinced"))
            {
                count++;
            }

            previous = word;
        }

        return count;
    }

    /// <summary>Words as in <see cref="TextTokens"/> (letters and digits, inner apostrophes and hyphens), without allocating.</summary>
    private ref struct WordEnumerator(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private int _next;

        public int Start { get; private set; }

        public ReadOnlySpan<char> Current { get; private set; }

        public bool MoveNext()
        {
            var i = _next;
            while (i < _text.Length && !char.IsLetterOrDigit(_text[i]))
            {
                i++;
            }

            if (i >= _text.Length)
            {
                return false;
            }

            var start = i++;
            while (i < _text.Length && (char.IsLetterOrDigit(_text[i]) || (_text[i] is '\'' or '’' or '-' && i + 1 < _text.Length && char.IsLetterOrDigit(_text[i + 1]))))
            {
                i++;
            }

            _next = i;
            Start = start;
            Current = _text[start..i];
            return true;
        }
    }
}
