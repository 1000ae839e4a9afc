using Sermo.Analytics.HeatMaps;

namespace Sermo.Storage.Cube;

public enum SegmentBy
{
    None,
    Specialty,
    State,
}

public sealed record RollupOutcome(int DaysRebuilt, int PostsRead, int CellsWritten, int ClientsRolled);

public interface IHeatMapCube
{
    /// <summary>Recomputes the cells of every day marked dirty by post writes; idempotent.</summary>
    Task<RollupOutcome> RollupAsync(CancellationToken cancellationToken);

    /// <summary>Marks a date range for recomputation (after a re-tag or a watchlist change), then rolls it up.</summary>
    Task<RollupOutcome> RebuildAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);

    /// <summary>Reads the cells for one client's heat map; buckets cover <paramref name="from"/>..<paramref name="to"/> inclusive.</summary>
    Task<CubeSlice> GetSliceAsync(string clientId, BucketInterval interval, DateOnly from, DateOnly to, SegmentBy segment, CancellationToken cancellationToken);

    /// <summary>
    /// The cells of one segment value only (one specialty's or one state's heat map): the same numbers as the full
    /// slice restricted to <paramref name="segmentValue"/>, without decoding the other values; null reads them all.
    /// </summary>
    Task<CubeSlice> GetSliceAsync(string clientId, BucketInterval interval, DateOnly from, DateOnly to, SegmentBy segment, string? segmentValue, CancellationToken cancellationToken);

    /// <summary>
    /// Counts the rollup transactions that changed the cube (committed with them, seen by every host on the store; a
    /// rollup commits one per month of dirty days): anything built from the cube is current while this is unchanged.
    /// 0 before the first.
    /// </summary>
    Task<long> GetGenerationAsync(CancellationToken cancellationToken);

    /// <summary>First and last day with any post, or null when the store is empty.</summary>
    Task<(DateOnly First, DateOnly Last)?> GetPostRangeAsync(CancellationToken cancellationToken);
}
