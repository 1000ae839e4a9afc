namespace Sermo.Storage.Search.Sqlite;

/// <summary>
/// Everything a search answer needs from the whole match, before its page is read: the total, the authors behind it
/// (up to k), the histogram and facets already k-suppressed, and the leading hits in rank order.
/// </summary>
/// <param name="Leading">The first hits in the request's order; all of them when <see cref="Total"/> is not larger.</param>
internal sealed record MatchSummary(
    long Total,
    int AuthorsUpToK,
    IReadOnlyList<MatchedPost> Leading,
    IReadOnlyList<HistogramBucket> Histogram,
    IReadOnlyList<Facet> Facets)
{
    /// <summary>Whether the hits from <paramref name="offset"/> for <paramref name="size"/> are all among <see cref="Leading"/>.</summary>
    public bool Covers(int offset, int size) => Leading.Count >= Total || (long)offset + size <= Leading.Count;
}
