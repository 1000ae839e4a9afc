namespace Sermo.Storage.Sqlite;

/// <summary>
/// Schema step for search facets and tag filters: one row per (post, tag kind, value), derived from entities_json.
/// Triggers keep it in step on update and delete; new posts' rows come from <c>PostTagRows</c>, which must derive
/// the same rows (PostTagRowsTests). Negated mentions are not tags.
/// PostJson leaves default values out, so an entity without <c>type</c> is a brand (EntityType 0).
/// Trigger cost matters at bulk load: one json_each pass per post, and only disease names get a name index.
/// </summary>
internal static class SqliteSearchMigration
{
    public static readonly string Step = $"""
        CREATE TABLE post_tags (
            kind        TEXT NOT NULL,      -- brand | generic | disease
            value       TEXT NOT NULL,      -- lower-case brand or generic name; ICD-10 code for diseases
            post_rowid  INTEGER NOT NULL,   -- posts.id
            name        TEXT NOT NULL,      -- lower-case display name (disease:"atrial fibrillation")
            label       TEXT NOT NULL,
            PRIMARY KEY (kind, value, post_rowid)
        ) WITHOUT ROWID;
        CREATE INDEX ix_post_tags_post ON post_tags(post_rowid, kind);
        CREATE INDEX ix_post_tags_disease_name ON post_tags(name, post_rowid) WHERE kind = 'disease';
        CREATE INDEX ix_posts_specialty ON posts(lower(specialty));
        CREATE INDEX ix_posts_state ON posts(lower(state));

        INSERT INTO post_tags (kind, value, post_rowid, name, label)
        {TagRows("p.id", "p.entities_json")};

        CREATE TRIGGER posts_tags_ai AFTER INSERT ON posts BEGIN
            INSERT INTO post_tags (kind, value, post_rowid, name, label)
            {TagRows("new.id", "new.entities_json", fromPosts: false)};
        END;
        CREATE TRIGGER posts_tags_au AFTER UPDATE OF entities_json ON posts BEGIN
            DELETE FROM post_tags WHERE post_rowid = old.id;
            INSERT INTO post_tags (kind, value, post_rowid, name, label)
            {TagRows("new.id", "new.entities_json", fromPosts: false)};
        END;
        CREATE TRIGGER posts_tags_ad AFTER DELETE ON posts BEGIN
            DELETE FROM post_tags WHERE post_rowid = old.id;
        END;
        """;

    // One json_each pass; a brand mention yields a brand row and a generic row (k.n = 2). GROUP BY makes each
    // (kind, value) unique per post, so no insert conflicts: an outer upsert's conflict policy would override any
    // OR IGNORE here (see the cube triggers).
    internal static string TagRows(string id, string json, bool fromPosts = true)
    {
        var from = fromPosts ? "posts p, " : "";
        return $"""
            SELECT kind, value, pid, lower(min(label)), min(label) FROM (
                SELECT pid,
                       CASE WHEN t = 'disease' THEN 'disease' WHEN t = 'brand' AND k.n = 1 THEN 'brand' ELSE 'generic' END AS kind,
                       CASE WHEN t = 'disease' THEN cid WHEN t = 'brand' AND k.n = 1 THEN lower(cname) ELSE lower(cid) END AS value,
                       CASE WHEN t = 'disease' OR (t = 'brand' AND k.n = 1) THEN cname ELSE lower(cid) END AS label
                  FROM (SELECT {id} AS pid, coalesce(e.value ->> '$.type', 'brand') AS t,
                               e.value ->> '$.canonicalId' AS cid, e.value ->> '$.canonicalName' AS cname
                          FROM {from}json_each({json}) e
                         WHERE coalesce(e.value ->> '$.negated', 0) = 0) AS m
                  JOIN (SELECT 1 AS n UNION ALL SELECT 2) AS k ON k.n = 1 OR m.t = 'brand'
                 WHERE m.t IN ('brand', 'generic', 'disease')
            ) WHERE value IS NOT NULL GROUP BY pid, kind, value
            """;
    }
}
