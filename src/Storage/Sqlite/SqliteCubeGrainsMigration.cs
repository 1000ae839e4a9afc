namespace Sermo.Storage.Sqlite;

/// <summary>
/// Schema step for the cube at three grains (issue 7). Distinct authors cannot be summed from day cells, so the
/// rollup also keeps ISO-week and month rows whose author sets are exact unions of the day sets; a 52-week heat map
/// then reads 2,600 week rows instead of recounting authors over a year of days.
/// <para>
/// One row per (client, grain, segment kind, bucket, term) packs every segment value (all members, each specialty
/// or each state) in <c>counts</c> (mentions, distinct authors, sentiment and adverse-event counts) and, in the
/// separate <c>cube_author_sets</c> table, the exact member-number sets behind them, which only multi-bucket sums
/// (row totals, ragged range edges) need to read. Activity (who posted at all) is stored the same way under client
/// '' and term ''. Member numbers replace author keys inside the sets; <c>cube_members</c> maps them and forgets an
/// author whose last post has left the store.
/// </para>
/// The old day tables are dropped and every day with posts is marked dirty, so the next rollup rebuilds the cube.
/// </summary>
internal static class SqliteCubeGrainsMigration
{
    public const string Step = """
        DROP TABLE cube_cells;
        DROP TABLE cube_authors;
        DROP TABLE cube_activity;

        -- grain: 0 day, 1 ISO week, 2 month; seg_kind: 0 all members, 1 specialty, 2 state.
        CREATE TABLE cube_counts (
            client_id   TEXT NOT NULL,
            grain       INTEGER NOT NULL,
            seg_kind    INTEGER NOT NULL,
            bucket      TEXT NOT NULL,
            term        TEXT NOT NULL,
            counts      BLOB NOT NULL,
            PRIMARY KEY (client_id, grain, seg_kind, bucket, term)
        ) WITHOUT ROWID;
        CREATE INDEX ix_cube_counts_bucket ON cube_counts(grain, bucket);

        CREATE TABLE cube_author_sets (
            client_id   TEXT NOT NULL,
            grain       INTEGER NOT NULL,
            seg_kind    INTEGER NOT NULL,
            bucket      TEXT NOT NULL,
            term        TEXT NOT NULL,
            members     BLOB NOT NULL,
            PRIMARY KEY (client_id, grain, seg_kind, bucket, term)
        ) WITHOUT ROWID;
        CREATE INDEX ix_cube_author_sets_bucket ON cube_author_sets(grain, bucket);

        CREATE TABLE cube_members (
            member_no   INTEGER PRIMARY KEY AUTOINCREMENT,
            author_key  TEXT NOT NULL UNIQUE
        );

        INSERT INTO cube_dirty_days(day)
            SELECT DISTINCT day FROM posts WHERE day NOT IN (SELECT day FROM cube_dirty_days);
        """;
}
