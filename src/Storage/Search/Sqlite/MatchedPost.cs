namespace Sermo.Storage.Search.Sqlite;

/// <summary>A matching post as ranked: bm25 (negated, higher is better), then newest, then the later row.</summary>
internal readonly record struct MatchedPost(long Id, double Score, string CreatedAt)
{
    public static readonly Comparison<MatchedPost> ByNewest = (a, b) =>
        string.CompareOrdinal(b.CreatedAt, a.CreatedAt) is var byTime and not 0 ? byTime : b.Id.CompareTo(a.Id);

    public static readonly Comparison<MatchedPost> ByRelevance = (a, b) =>
        b.Score.CompareTo(a.Score) is var byScore and not 0 ? byScore : ByNewest(a, b);
}
