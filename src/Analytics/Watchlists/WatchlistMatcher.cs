using Sermo.Analytics.Posts;
using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Watchlists;

/// <summary>One watchlist term found in a post, with the sentiment to count for it.</summary>
/// <param name="Sentiment">The matched entity's own sentiment when the term matched an entity, else the post's.</param>
/// <param name="AdverseEvent">The matched drug is half of an adverse-event pair in the post.</param>
public readonly record struct TermMention(int TermIndex, Sentiment Sentiment, bool AdverseEvent);

/// <summary>
/// Decides which of a watchlist's terms a tagged post mentions. Entities are preferred over raw text because
/// they carry per-entity sentiment; whole-word text matching catches terms no lexicon knows (a client's own keywords).
/// </summary>
public sealed class WatchlistMatcher
{
    private readonly Watchlist _watchlist;
    private readonly HashSet<string>[] _keys;

    public WatchlistMatcher(Watchlist watchlist)
    {
        _watchlist = watchlist;
        _keys = watchlist.Terms
            .Select(t => t.Matches.Select(m => m.Trim()).Where(m => m.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase))
            .ToArray();
    }

    public Watchlist Watchlist => _watchlist;

    public List<TermMention> Match(TaggedPost post)
    {
        var mentions = new List<TermMention>();
        for (var term = 0; term < _keys.Length; term++)
        {
            var keys = _keys[term];
            TaggedEntity? entity = null;
            foreach (var candidate in post.Entities)
            {
                if (keys.Contains(candidate.CanonicalName) || keys.Contains(candidate.CanonicalId) || keys.Contains(candidate.Surface))
                {
                    entity = candidate;
                    break;
                }
            }

            if (entity is not null)
            {
                var adverse = post.AdverseEvents.Any(p => p.Drug.Start == entity.Start || p.Event.Start == entity.Start);
                mentions.Add(new TermMention(term, entity.Sentiment, adverse));
            }
            else if (keys.Any(key => ContainsWholeWord(post.Text, key)))
            {
                mentions.Add(new TermMention(term, post.Sentiment, false));
            }
        }

        return mentions;
    }

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

            var end = at + word.Length;
            var startsWord = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var endsWord = end == text.Length || !char.IsLetterOrDigit(text[end]);
            if (startsWord && endsWord)
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }
}
