using Sermo.Analytics.Aspects;

namespace Sermo.Analytics.HeatMaps;

/// <summary>
/// A client-visible heat map: rows are watchlist terms in watchlist order (or, segmented, term · segment value),
/// columns are bucket starts. Built by <see cref="HeatMapBuilder"/> from released counts only; suppressed cells carry
/// no numbers at all, so no renderer can show one by mistake.
/// </summary>
/// <param name="Terms">Row labels.</param>
/// <param name="Segment">Specialty or US state every row is restricted to; null for all members, or when the rows are split by segment.</param>
/// <param name="Cells">One cell per (row, bucket), row-major: rows in order, buckets in order.</param>
/// <param name="RowTotals">One total per row: the whole period released as its own cell, distinct authors included (P4).</param>
/// <param name="K">The threshold on released distinct authors and mentions below which a cell is suppressed.</param>
public sealed record HeatMap(
    string ClientId,
    BucketInterval Interval,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<string> Terms,
    IReadOnlyList<DateOnly> Buckets,
    string? Segment,
    IReadOnlyList<HeatMapCell> Cells,
    IReadOnlyList<HeatMapCell> RowTotals,
    int K)
{
    public HeatMapCell Cell(int termIndex, int bucketIndex) => Cells[(termIndex * Buckets.Count) + bucketIndex];

    public IEnumerable<HeatMapCell> Row(int termIndex)
    {
        for (var b = 0; b < Buckets.Count; b++)
        {
            yield return Cell(termIndex, b);
        }
    }
}

/// <summary>
/// One heat-map number set. When <see cref="Suppressed"/> every metric is null.
/// </summary>
/// <param name="Bucket">Bucket start; for a row total, the period start.</param>
/// <param name="Mentions">Released (noisy) mentions; for a row total, the period's own released mentions.</param>
/// <param name="DistinctAuthors">Released (noisy) distinct authors; for a row total, those of the whole period.</param>
/// <param name="PerThousandActive">Mentions per 1,000 members of the segment active in the bucket; null for row totals
/// (the cube has no distinct active-member count over the whole period) and when nobody was active.</param>
/// <param name="ShareOfVoice">This term's mentions over the mentions of all terms shown in the same bucket.</param>
/// <param name="NetSentiment">(positive - negative) / mentions, in [-1, 1].</param>
/// <param name="SpikeScore">Robust z-score against the term's own shown trailing buckets; null for row totals.</param>
/// <param name="Aspects">Net sentiment per aspect whose released mentions reach k, in aspect order; for a row total, from the
/// sums of the row's shown aspect numbers. Null in a suppressed cell and in heat maps made before aspects existed.</param>
/// <param name="Cues">Cues of the shown aspects named by at least k released distinct authors, with that released number
/// (decision 048); null in row totals, suppressed cells and heat maps made before cues existed.</param>
public sealed record HeatMapCell(
    string Term,
    DateOnly Bucket,
    bool Suppressed,
    int? Mentions,
    int? DistinctAuthors,
    double? PerThousandActive,
    double? ShareOfVoice,
    double? NetSentiment,
    double? SpikeScore,
    int? AdverseEvents,
    IReadOnlyList<AspectSentiment>? Aspects = null,
    IReadOnlyList<AspectCueCount>? Cues = null)
{
    /// <summary>This cell's numbers for <paramref name="aspect"/>, or null when the cell does not show that aspect.</summary>
    public AspectSentiment? ForAspect(Aspect aspect) => Aspects?.FirstOrDefault(a => a.Aspect == aspect);

    /// <summary>Equal when every number is, the aspects compared item by item (a stored map read back equals the one published).</summary>
    public bool Equals(HeatMapCell? other) =>
        other is not null
        && (Term, Bucket, Suppressed, Mentions, DistinctAuthors, PerThousandActive, ShareOfVoice, NetSentiment, SpikeScore, AdverseEvents)
            == (other.Term, other.Bucket, other.Suppressed, other.Mentions, other.DistinctAuthors, other.PerThousandActive, other.ShareOfVoice, other.NetSentiment, other.SpikeScore, other.AdverseEvents)
        && (Aspects ?? []).SequenceEqual(other.Aspects ?? [])
        && (Cues ?? []).SequenceEqual(other.Cues ?? []);

    public override int GetHashCode() => HashCode.Combine(Term, Bucket, Suppressed, Mentions, NetSentiment, AdverseEvents, Aspects?.Count ?? 0);

    public static HeatMapCell SuppressedCell(string term, DateOnly bucket) =>
        new(term, bucket, true, null, null, null, null, null, null, null);
}
