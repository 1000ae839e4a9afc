namespace Sermo.Analytics.HeatMaps;

/// <summary>The published (noisy) counts of one shown heat-map cell; a suppressed cell has none at all.</summary>
/// <param name="Aspects">The aspects whose released mentions reach k, with their released counts; the others carry no number.</param>
/// <param name="Cues">Cues of shown aspects whose released distinct authors reach k (decision 048); the others are not named.</param>
public sealed record ReleasedCell(int Mentions, int DistinctAuthors, int Positive, int Negative, int AdverseEvents, IReadOnlyList<AspectCount>? Aspects = null, IReadOnlyList<AspectCueCount>? Cues = null)
{
    /// <summary>Equal when every count is, the aspects compared item by item (the same cell released twice is equal).</summary>
    public bool Equals(ReleasedCell? other) =>
        other is not null && (Mentions, DistinctAuthors, Positive, Negative, AdverseEvents) == (other.Mentions, other.DistinctAuthors, other.Positive, other.Negative, other.AdverseEvents)
        && (Aspects ?? []).SequenceEqual(other.Aspects ?? [])
        && (Cues ?? []).SequenceEqual(other.Cues ?? []);

    public override int GetHashCode() => HashCode.Combine(Mentions, DistinctAuthors, Positive, Negative, AdverseEvents, Aspects?.Count ?? 0);
}

/// <summary>A heat-map row as released: its label, its segment (null: all members) and one cell per bucket, null where suppressed.</summary>
/// <param name="Total">The whole period released as its own cell (<see cref="Disclosure.ReleaseCell.ForPeriod"/>), null where suppressed.</param>
public sealed record ReleasedRow(string Label, string? Segment, IReadOnlyList<ReleasedCell?> Cells, ReleasedCell? Total = null);

/// <summary>
/// Everything a client may be shown of one heat map, and all <see cref="HeatMapBuilder"/> can read: released counts of
/// whole calendar cells and of each row's whole period (<see cref="HeatMapRelease"/>). Every other number a client reads (row totals, share of voice,
/// net sentiment, per 1,000, spikes, chart points, highlights) is computed from these alone, so it adds nothing to
/// what the cells already say (docs/privacy.md, rule P4).
/// </summary>
/// <param name="Activity">Released members active per bucket and segment (the per-1,000 denominator); absent where under k.</param>
public sealed record ReleasedSlice(
    string ClientId,
    BucketInterval Interval,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<DateOnly> Buckets,
    IReadOnlyList<ReleasedRow> Rows,
    IReadOnlyList<SegmentActivity> Activity,
    int K)
{
    /// <summary>The rows with at least one shown cell or a shown total (which rows those are follows from released values only).</summary>
    public ReleasedSlice WithoutEmptyRows() => this with { Rows = Rows.Where(r => r.Total is not null || r.Cells.Any(c => c is not null)).ToList() };
}
