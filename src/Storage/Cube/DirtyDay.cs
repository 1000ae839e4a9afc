namespace Sermo.Storage.Cube;

/// <summary>A day the rollup must recompute, with the marks it read for it (PostgreSQL deletes exactly those; SQLite keeps one row per day).</summary>
internal sealed record DirtyDay(DateOnly Day, IReadOnlyList<long> Marks);
