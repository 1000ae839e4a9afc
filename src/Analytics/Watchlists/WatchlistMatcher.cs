using System.Buffers;
using Sermo.Analytics.Posts;
using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Watchlists;

/// <summary>One watchlist term found in a post, with the sentiment to count for it.</summary>
/// <param name="Sentiment">The matched entity's own sentiment when the term matched an entity, else the post's.</param>
/// <param name="AdverseEvent">The matched drug is half of an adverse-event pair in the post.</param>
/// <param name="Aspect">The matched entity's aspect and polarity (aspect model); null for a text match or a mention without one.</param>
/// <param name="Entity">The matched entity's index in the post's entities; -1 for a text match.</param>
public readonly record struct TermMention(int TermIndex, Sentiment Sentiment, bool AdverseEvent, Aspects.MentionAspect? Aspect = null, int Entity = -1);

/// <summary>
/// Decides which of a watchlist's terms a tagged post mentions. Entities are preferred over raw text because
/// they carry per-entity sentiment; whole-word text matching catches terms no lexicon knows (a client's own keywords).
/// Every match string is compiled once into the tagger's Aho-Corasick automaton (<see cref="PhraseAutomaton"/>), so a
/// post costs one dictionary lookup per entity and one scan of its text, whatever the number of terms. Immutable
/// and thread-safe once built.
/// </summary>
public sealed class WatchlistMatcher
{
    private readonly Watchlist _watchlist;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _termsByKey;
    private readonly PhraseAutomaton? _automaton;
    private readonly int[][] _termsByPhrase;

    public WatchlistMatcher(Watchlist watchlist)
    {
        ArgumentNullException.ThrowIfNull(watchlist);
        _watchlist = watchlist;
        var byKey = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var term = 0; term < watchlist.Terms.Count; term++)
        {
            foreach (var key in watchlist.Terms[term].Matches.Select(m => m.Trim()).Where(m => m.Length > 0))
            {
                if (!byKey.TryGetValue(key, out var terms))
                {
                    byKey[key] = terms = [];
                }

                if (!terms.Contains(term))
                {
                    terms.Add(term);
                }
            }
        }

        _termsByKey = byKey.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

        // The automaton runs over upper-cased text, the same folding OrdinalIgnoreCase uses, so offsets stay one to one;
        // its hits are then held to the original rule (case-insensitive, no letter or digit on either side).
        var phrases = byKey.Keys.Select(Fold).Distinct(StringComparer.Ordinal).ToList();
        _automaton = phrases.Count > 0 ? new PhraseAutomaton(phrases) : null;
        _termsByPhrase = phrases.Select(p => byKey[p].ToArray()).ToArray();
    }

    public Watchlist Watchlist => _watchlist;

    public List<TermMention> Match(TaggedPost post)
    {
        ArgumentNullException.ThrowIfNull(post);
        var termCount = _watchlist.Terms.Count;
        var entityOf = new TaggedEntity?[termCount];
        var indexOf = new int[termCount];
        for (var i = 0; i < post.Entities.Count; i++)
        {
            var entity = post.Entities[i];
            MarkEntity(entityOf, indexOf, entity, i, entity.CanonicalName);
            MarkEntity(entityOf, indexOf, entity, i, entity.CanonicalId);
            MarkEntity(entityOf, indexOf, entity, i, entity.Surface);
        }

        var inText = FindInText(post.Text, entityOf);
        var mentions = new List<TermMention>();
        for (var term = 0; term < termCount; term++)
        {
            if (entityOf[term] is { } entity)
            {
                var adverse = post.AdverseEvents.Any(p => p.Drug.Start == entity.Start || p.Event.Start == entity.Start);
                mentions.Add(new TermMention(term, entity.Sentiment, adverse, entity.Aspect, indexOf[term]));
            }
            else if (inText[term])
            {
                mentions.Add(new TermMention(term, post.Sentiment, false));
            }
        }

        return mentions;
    }

    /// <summary>The first entity in post order whose name, id or surface is one of a term's keys wins that term.</summary>
    private void MarkEntity(TaggedEntity?[] entityOf, int[] indexOf, TaggedEntity entity, int index, string value)
    {
        if (_termsByKey.TryGetValue(value, out var terms))
        {
            foreach (var term in terms)
            {
                if (entityOf[term] is null)
                {
                    entityOf[term] = entity;
                    indexOf[term] = index;
                }
            }
        }
    }

    private bool[] FindInText(string text, TaggedEntity?[] entityOf)
    {
        var found = new bool[entityOf.Length];
        if (_automaton is null || text.Length == 0)
        {
            return found;
        }

        var folded = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            for (var i = 0; i < text.Length; i++)
            {
                folded[i] = char.ToUpperInvariant(text[i]);
            }

            var hits = new List<PhraseHit>();
            _automaton.FindAll(folded.AsSpan(0, text.Length), hits);
            foreach (var hit in hits)
            {
                if (IsWholeWord(text, hit.Start, hit.End))
                {
                    foreach (var term in _termsByPhrase[hit.TermId])
                    {
                        found[term] |= entityOf[term] is null;
                    }
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(folded);
        }

        return found;
    }

    private static string Fold(string key) => string.Create(key.Length, key, static (span, k) =>
    {
        for (var i = 0; i < k.Length; i++)
        {
            span[i] = char.ToUpperInvariant(k[i]);
        }
    });

    private static bool IsWholeWord(string text, int at, int end) =>
        (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));

    private static bool IsWholeWordAt(string text, string word, int at)
    {
        var end = at + word.Length;
        return end <= text.Length && text.AsSpan(at, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase) && IsWholeWord(text, at, end);
    }

    /// <summary>The reference rule: <paramref name="word"/> occurs case-insensitively with no letter or digit on either side.</summary>
    internal static bool ContainsWholeWord(string text, string word)
    {
        var from = 0;
        while (from <= text.Length - word.Length)
        {
            var at = text.IndexOf(word, from, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return false;
            }

            if (IsWholeWordAt(text, word, at))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }
}
