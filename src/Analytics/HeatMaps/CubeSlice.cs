namespace Sermo.Analytics.HeatMaps;

public enum BucketInterval
{
    Day,
    Week,
    Month,
}

/// <summary>
/// Counts for one (term, bucket, segment) read from the cube. Distinct authors are counted by the store
/// over per-client author hashes, because distinct counts do not add up across cells.
/// </summary>
/// <param name="Segment">Specialty or US state when the heat map is segmented; null for all members.</param>
/// <param name="Aspects">Mentions whose matched drug carries an aspect, per aspect (none listed: no aspect mention).</param>
/// <param name="Cues">Distinct authors per aspect, polarity and cue of those mentions (bucket cells only; none listed: no cue).</param>
public sealed record CubeAggregate(
    string Term,
    DateOnly Bucket,
    string? Segment,
    int Mentions,
    int DistinctAuthors,
    int Positive,
    int Neutral,
    int Negative,
    int AdverseEvents,
    IReadOnlyList<AspectCount>? Aspects = null,
    IReadOnlyList<AspectCueCount>? Cues = null);

/// <summary>Distinct verified members who posted anything in a bucket and segment: the per-1,000 denominator.</summary>
public sealed record SegmentActivity(DateOnly Bucket, string? Segment, int ActiveMembers);

/// <summary>
/// Everything a heat map is computed from. <see cref="RowTotals"/> carry one aggregate per (term, segment)
/// over the whole period (their <c>Bucket</c> is the period start), with distinct authors counted over the period.
/// </summary>
public sealed record CubeSlice(
    string ClientId,
    BucketInterval Interval,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<CubeAggregate> Cells,
    IReadOnlyList<CubeAggregate> RowTotals,
    IReadOnlyList<SegmentActivity> Activity);
