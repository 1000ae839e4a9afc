namespace Sermo.Storage.Sqlite;

/// <summary>
/// Schema step that let the ingest store maintain posts_fts, cube_dirty_days and post_tags set-based, once per
/// batch, instead of through the per-row insert triggers (which cost ~3/4 of bulk-load time), by switching the
/// triggers off with <c>ingest_bulk_mode</c> inside its own transaction. <see cref="RetireInsertTriggersStep"/> later
/// removed the insert triggers and the switch; the store's <c>InsertedPostIndexer</c> does that work. Update and
/// delete triggers are unchanged.
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

    /// <summary>
    /// Later step: the insert triggers go. The ingest store is the only writer of <c>posts</c> and always indexes
    /// its inserts set-based, so the triggers never ran, yet SQLite still evaluated each one's WHEN subquery for
    /// every inserted row. Update and delete triggers stay.
    /// </summary>
    public const string RetireInsertTriggersStep = """
        DROP TRIGGER posts_ai;
        DROP TRIGGER posts_tags_ai;
        DROP TABLE ingest_bulk_mode;
        """;
}
