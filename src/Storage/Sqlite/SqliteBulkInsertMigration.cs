namespace Sermo.Storage.Sqlite;

/// <summary>
/// Schema step that lets the ingest store maintain posts_fts, cube_dirty_days and post_tags set-based, once per
/// batch, instead of through the per-row insert triggers (which cost ~3/4 of bulk-load time). The insert triggers
/// stand down only while <c>ingest_bulk_mode.active</c> is 1, which the store sets and clears inside its own
/// transaction, so no other connection or writer ever sees it set. Update and delete triggers are unchanged.
/// </summary>
internal static class SqliteBulkInsertMigration
{
    public static readonly string Step = $"""
        CREATE TABLE ingest_bulk_mode (id INTEGER PRIMARY KEY CHECK (id = 1), active INTEGER NOT NULL);
        INSERT INTO ingest_bulk_mode (id, active) VALUES (1, 0);

        DROP TRIGGER posts_ai;
        CREATE TRIGGER posts_ai AFTER INSERT ON posts WHEN (SELECT active FROM ingest_bulk_mode) = 0 BEGIN
            INSERT INTO posts_fts(rowid, text) VALUES (new.id, new.text);
            INSERT INTO cube_dirty_days(day) SELECT new.day WHERE NOT EXISTS (SELECT 1 FROM cube_dirty_days WHERE day = new.day);
        END;

        DROP TRIGGER posts_tags_ai;
        CREATE TRIGGER posts_tags_ai AFTER INSERT ON posts WHEN (SELECT active FROM ingest_bulk_mode) = 0 BEGIN
            INSERT INTO post_tags (kind, value, post_rowid, name, label)
            {SqliteSearchMigration.TagRows("new.id", "new.entities_json", fromPosts: false)};
        END;
        """;

    public const string Begin = "UPDATE ingest_bulk_mode SET active = 1";

    public const string End = "UPDATE ingest_bulk_mode SET active = 0";

    public const string LastPostId = "SELECT coalesce(max(id), 0) FROM posts";

    /// <summary>What the insert triggers would have done for every post inserted after <c>$after</c> (posts.id).</summary>
    public static readonly string IndexInsertedPosts = $"""
        INSERT INTO posts_fts(rowid, text) SELECT id, text FROM posts WHERE id > $after;
        INSERT INTO cube_dirty_days(day)
            SELECT DISTINCT day FROM posts WHERE id > $after AND day NOT IN (SELECT day FROM cube_dirty_days);
        INSERT INTO post_tags (kind, value, post_rowid, name, label)
        {SqliteSearchMigration.TagRows("p.id", "p.entities_json").Replace("WHERE coalesce(", "WHERE p.id > $after AND coalesce(", StringComparison.Ordinal)};
        """;
}
