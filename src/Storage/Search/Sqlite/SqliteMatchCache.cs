namespace Sermo.Storage.Search.Sqlite;

/// <summary>
/// The last searches' <see cref="MatchSummary"/>, by the query as SQLite receives it (the translated MATCH, WHERE and
/// parameters: the query's normalised form) with the sort, interval and aggregations, for one store generation
/// (<see cref="SqliteSearchGeneration"/>): a commit that changes posts empties it. Analysts repeat queries and page through them;
/// an answer from here reads only its page's rows, not every match (decision 061). Least recently used out first.
/// </summary>
internal sealed class SqliteMatchCache(int capacity)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, MatchSummary Summary)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, MatchSummary Summary)> _recency = new();
    private long _generation = long.MinValue;

    public bool Enabled => capacity > 0;

    /// <summary>Answers served from here since start (read by tests and the bench).</summary>
    public long Hits { get; private set; }

    /// <summary>The summary stored for <paramref name="key"/> in this generation when it holds the wanted page.</summary>
    public MatchSummary? Find(string key, long generation, int offset, int size)
    {
        lock (_lock)
        {
            Renew(generation);
            if (!_entries.TryGetValue(key, out var node) || !node.Value.Summary.Covers(offset, size))
            {
                return null;
            }

            _recency.Remove(node);
            _recency.AddFirst(node);
            Hits++;
            return node.Value.Summary;
        }
    }

    /// <summary>Keeps a summary computed from a snapshot no older than <paramref name="generation"/>; ignored if the store has moved on.</summary>
    public void Store(string key, long generation, MatchSummary summary)
    {
        if (!Enabled)
        {
            return;
        }

        lock (_lock)
        {
            Renew(generation);
            if (generation != _generation)
            {
                return;
            }

            if (_entries.Remove(key, out var old))
            {
                _recency.Remove(old);
            }
            else if (_entries.Count >= capacity)
            {
                _entries.Remove(_recency.Last!.Value.Key);
                _recency.RemoveLast();
            }

            _entries[key] = _recency.AddFirst((key, summary));
        }
    }

    private void Renew(long generation)
    {
        if (generation > _generation)
        {
            _entries.Clear();
            _recency.Clear();
            _generation = generation;
        }
    }
}
