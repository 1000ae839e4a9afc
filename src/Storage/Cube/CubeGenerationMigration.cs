namespace Sermo.Storage.Cube;

/// <summary>
/// Schema step for the cube's generation (issue 18; the same SQL in both stores' migration lists): one row counting the
/// rollups that changed the cube, bumped in the rollup's own transaction. Readers that keep something built from the
/// cube (the portal's released heat maps) compare it to know when theirs is out of date, whichever host rolled up.
/// No row reads as generation 0.
/// </summary>
internal static class CubeGenerationMigration
{
    public const string Step = """
        CREATE TABLE cube_generation (
            id          INTEGER PRIMARY KEY CHECK (id = 1),
            generation  BIGINT NOT NULL
        );
        """;

    public const string BumpSql = """
        INSERT INTO cube_generation (id, generation) VALUES (1, 1)
        ON CONFLICT (id) DO UPDATE SET generation = cube_generation.generation + 1
        """;

    public const string ReadSql = "SELECT coalesce((SELECT generation FROM cube_generation WHERE id = 1), 0)";
}
