using Sermo.Analytics.Query;

namespace Sermo.Storage.Search.Sqlite;

/// <summary>
/// A query with no text, answered from the in-memory columns alone (decision 094): tags, specialty, state, sentiment,
/// adverse events and dates, combined by AND, OR and NOT. Each condition means exactly what its SQL translation
/// (<see cref="SqliteQueryTranslator"/>) means, NULLs included: SQL's three-valued logic is kept, so
/// <c>NOT specialty:x</c> excludes posts without a specialty as SQLite does. Candidates come from the tag keys' row id
/// lists (<see cref="PostTagColumns"/>) when the query's AND names a tag, else from every post; each candidate is checked
/// against the whole condition. Hits are listed in ascending row id.
/// </summary>
internal sealed class ColumnFilter
{
    private const int RowsBetweenCancellationChecks = 4096;

    private readonly Condition _root;

    private ColumnFilter(Condition root) => _root = root;

    /// <summary>The filter, or null when some part of the query needs SQLite (text, or a column the copy lacks).</summary>
    public static ColumnFilter? Compile(QueryNode query, SearchColumnRows rows) =>
        ColumnConditions.From(query, rows) is { } root ? new ColumnFilter(root) : null;

    /// <summary>
    /// The filter of the conditions a text query's SQL adds beside its FTS5 match (<see cref="SqliteQueryTranslator.Conditions"/>),
    /// or null when one of them needs SQLite.
    /// </summary>
    public static ColumnFilter? CompileConditions(IReadOnlyList<QueryNode> conditions, SearchColumnRows rows) =>
        conditions.Count > 0 && ColumnConditions.AllOf(conditions, rows) is { } root ? new ColumnFilter(root) : null;

    /// <summary>Whether a held row meets the whole condition (SQL's WHERE keeps only a true one).</summary>
    public bool Keeps(long id) => _root.Test(id) == Truth.True;

    /// <summary>The hits (row id order) and the authors behind them up to k.</summary>
    public (List<MatchedPost> Hits, int AuthorsUpToK) Run(SearchColumnRows rows, ColumnAggregation? aggregation, int k, CancellationToken ct)
    {
        var hits = new List<MatchedPost>();
        var authors = new HashSet<int>();
        var checkedRows = 0;
        foreach (var id in Candidates(rows))
        {
            if (++checkedRows % RowsBetweenCancellationChecks == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            if (!rows.Holds(id) || _root.Test(id) != Truth.True)
            {
                continue;
            }

            hits.Add(new MatchedPost(id, 0.0, rows.Created(id)));
            if (authors.Count < k)
            {
                authors.Add(rows.Author(id));
            }

            aggregation?.Add(id);
        }

        ct.ThrowIfCancellationRequested();
        return (hits, authors.Count);
    }

    /// <summary>
    /// Ascending row ids that may match: the union of the root's tag lists and the rows re-read since the build (their
    /// lists may be stale), or every row id when the condition names no tag every hit must carry.
    /// </summary>
    private IEnumerable<long> Candidates(SearchColumnRows rows)
    {
        var lists = _root.Lists();
        if (lists is null)
        {
            for (long id = 1; id <= rows.HighestId; id++)
            {
                yield return id;
            }

            yield break;
        }

        var bits = new ulong[(rows.Capacity + 63) / 64];
        foreach (var list in lists)
        {
            foreach (var id in list)
            {
                bits[id >> 6] |= 1UL << (id & 63);
            }
        }

        foreach (var id in rows.TagKeys.Changed)
        {
            if (id < rows.Capacity)
            {
                bits[id >> 6] |= 1UL << (id & 63);
            }
        }

        for (var word = 0; word < bits.Length; word++)
        {
            var set = bits[word];
            while (set != 0)
            {
                yield return ((long)word << 6) + System.Numerics.BitOperations.TrailingZeroCount(set);
                set &= set - 1;
            }
        }
    }
}
