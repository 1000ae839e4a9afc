namespace Sermo.Storage.Sqlite;

/// <summary>
/// Schema step for search facets (issue 19, decision 054): each post's brand and disease tags, the facets' input, are
/// kept with the post as one string, <c>facet_tags</c>, and carried in the search's covering index, so a search reads
/// them with the post instead of two <c>post_tags</c> index seeks per matched post (about two thirds of a broad
/// query's SQLite CPU). <c>post_tags</c> stays the source for tag filters; this column is derived from it.
/// <list type="bullet">
/// <item>Format: per tag <c>b</c> (brand) or <c>d</c> (disease), the value, US (0x1F), the label; tags joined by RS
/// (0x1E), ordered by kind then value; empty for a post without such tags. <see cref="Ingestion.FacetTags"/> writes
/// and reads it.</item>
/// <item>New posts: the ingest store's upsert writes it from the entities in memory. Changed entities (upsert or
/// re-tag): the tag update trigger re-derives it from the post's new tag rows.</item>
/// <item><c>posts_au</c> (FTS5 row, dirty days) now names the columns it watches: the nested update of
/// <c>facet_tags</c> and the back-fill must not rewrite the FTS5 row or dirty the cube.</item>
/// <item>Deletes and opt-outs need nothing: the value goes with its row.</item>
/// </list>
/// </summary>
internal static class SqliteSearchFacetTagsMigration
{
    /// <summary>
    /// One post's facet string derived from its <c>post_tags</c> rows (the back-fill's and the trigger's). An ordered
    /// subquery rather than group_concat's own ORDER BY: SQLite shells before 3.44 cannot parse that, and a trigger
    /// they cannot parse makes the whole file unreadable to them.
    /// </summary>
    internal static string Derive(string rowId) => $"""
        coalesce((SELECT group_concat(tag, char(30)) FROM (
                    SELECT CASE kind WHEN 'brand' THEN 'b' ELSE 'd' END || value || char(31) || label AS tag
                      FROM post_tags WHERE post_rowid = {rowId} AND kind IN ('brand', 'disease') ORDER BY kind, value)), '')
        """;

    public static readonly string Step = $"""
        ALTER TABLE posts ADD COLUMN facet_tags TEXT NOT NULL DEFAULT '';

        DROP TRIGGER posts_au;
        CREATE TRIGGER posts_au AFTER UPDATE OF post_id, source, author_key, created_at, day, specialty, state, text,
                redactions, sentiment, sentiment_score, entities_json, adverse_json ON posts BEGIN
            INSERT INTO posts_fts(posts_fts, rowid, text) VALUES ('delete', old.id, old.text);
            INSERT INTO posts_fts(rowid, text) VALUES (new.id, new.text);
            INSERT INTO cube_dirty_days(day) SELECT old.day WHERE NOT EXISTS (SELECT 1 FROM cube_dirty_days WHERE day = old.day);
            INSERT INTO cube_dirty_days(day) SELECT new.day WHERE NOT EXISTS (SELECT 1 FROM cube_dirty_days WHERE day = new.day);
        END;

        UPDATE posts SET facet_tags = {Derive("posts.id")};

        DROP INDEX {SqliteSearchPostCoverMigration.IndexName};
        CREATE INDEX {SqliteSearchPostCoverMigration.IndexName} ON posts(id, created_at, author_key, day, specialty, state, sentiment, facet_tags);

        DROP TRIGGER posts_tags_au;
        CREATE TRIGGER posts_tags_au AFTER UPDATE OF entities_json ON posts BEGIN
            DELETE FROM post_tags WHERE post_rowid = old.id;
            INSERT INTO post_tags (kind, value, post_rowid, name, label)
            {SqliteSearchMigration.TagRows("new.id", "new.entities_json", fromPosts: false)};
            INSERT INTO post_tags (kind, value, post_rowid, name, label)
            {SqliteAspectTagsMigration.AspectRows("new.id", "new.entities_json")};
            UPDATE posts SET facet_tags = {Derive("new.id")} WHERE id = new.id;
        END;
        """;
}
