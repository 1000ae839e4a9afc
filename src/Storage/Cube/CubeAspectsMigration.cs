namespace Sermo.Storage.Cube;

/// <summary>
/// Schema step for per-aspect counts in the cube (issue 13; the same SQL in both stores' migration lists). Each packed
/// cell now ends with its aspect tallies (<see cref="AspectTallies"/>), which rows written before cannot be read as:
/// the cube's rows are deleted and every day with posts is marked dirty, so the next rollup rebuilds them all. Heat
/// maps read before that rollup are empty. Member numbers are kept.
/// </summary>
internal static class CubeAspectsMigration
{
    public const string Step = """
        DELETE FROM cube_counts;
        DELETE FROM cube_author_sets;
        INSERT INTO cube_dirty_days (day)
            SELECT DISTINCT day FROM posts WHERE day NOT IN (SELECT day FROM cube_dirty_days);
        """;
}
