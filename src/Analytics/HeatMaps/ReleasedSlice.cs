namespace Sermo.Analytics.HeatMaps;

/// <summary>The published (noisy) counts of one shown heat-map cell; a suppressed cell has none at all.</summary>
public sealed record ReleasedCell(int Mentions, int DistinctAuthors, int Positive, int Negative, int AdverseEvents);

/// <summary>A heat-map row as released: its label, its segment (null: all members) and one cell per bucket, null where suppressed.</summary>
public sealed record ReleasedRow(string Label, string? Segment, IReadOnlyList<ReleasedCell?> Cells);

/// <summary>
/// Everything a client may be shown of one heat map, and all <see cref="HeatMapBuilder"/> can read: released counts of
/// whole calendar cells (<see cref="HeatMapRelease"/>). Every other number a client reads (row totals, share of voice,
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
    /// <summary>The rows with at least one shown cell (which rows those are follows from released values only).</summary>
    public ReleasedSlice WithoutEmptyRows() => this with { Rows = Rows.Where(r => r.Cells.Any(c => c is not null)).ToList() };
}
