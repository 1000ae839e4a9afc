namespace Sermo.Storage.Cube;

/// <summary>
/// Schema step for aspect cues beside the cube (decision 048): per day cell, aspect, polarity and normalised cue, each
/// member's mentions, so a bucket of any grain counts the cue's distinct authors exactly. Day rows only; every day with
/// posts is marked dirty so the next rollup fills the table.
/// </summary>
internal static class CubeAspectCuesMigration
{
    public const string Sqlite = """
        CREATE TABLE cube_aspect_cues (
            client_id   TEXT NOT NULL,
            seg_kind    INTEGER NOT NULL,
            bucket      TEXT NOT NULL,
            term        TEXT NOT NULL,
            segment     TEXT NOT NULL,
            aspect      INTEGER NOT NULL,
            polarity    INTEGER NOT NULL,
            cue         TEXT NOT NULL,
            member      INTEGER NOT NULL,
            mentions    INTEGER NOT NULL,
            PRIMARY KEY (client_id, seg_kind, bucket, term, segment, aspect, polarity, cue, member)
        ) WITHOUT ROWID;
        CREATE INDEX ix_cube_aspect_cues_bucket ON cube_aspect_cues(bucket);
        INSERT INTO cube_dirty_days (day)
            SELECT DISTINCT day FROM posts WHERE day NOT IN (SELECT day FROM cube_dirty_days);
        """;

    public const string Postgres = """
        CREATE TABLE cube_aspect_cues (
            client_id   text NOT NULL,
            seg_kind    smallint NOT NULL,
            bucket      date NOT NULL,
            term        text NOT NULL,
            segment     text NOT NULL,
            aspect      smallint NOT NULL,
            polarity    smallint NOT NULL,
            cue         text NOT NULL,
            member      integer NOT NULL,
            mentions    integer NOT NULL,
            PRIMARY KEY (client_id, seg_kind, bucket, term, segment, aspect, polarity, cue, member)
        );
        CREATE INDEX ix_cube_aspect_cues_bucket ON cube_aspect_cues (bucket);
        INSERT INTO cube_dirty_days (day)
            SELECT DISTINCT day FROM posts WHERE day NOT IN (SELECT day FROM cube_dirty_days);
        """;
}
