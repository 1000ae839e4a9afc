namespace Sermo.Storage.Sqlite;

/// <summary>
/// Schema step for aspect tags: each drug mention's aspect (<c>entities_json[*].aspect</c>, set by the aspect model)
/// becomes <c>post_tags</c> rows of kind <c>aspect</c>, valued <c>access</c> and <c>access:negative</c>, so
/// <c>aspect:access</c> and <c>aspect:access:negative</c> are index lookups like brand tags. The update trigger is
/// rebuilt to derive them too (new posts get them from <c>PostTagRows</c>). No backfill: posts stored before this
/// step carry no aspect. Negated mentions keep their aspect ("not on Humira: PA denied twice" is about access).
/// </summary>
internal static class SqliteAspectTagsMigration
{
    public static readonly string Step = $"""
        DROP TRIGGER posts_tags_au;
        CREATE TRIGGER posts_tags_au AFTER UPDATE OF entities_json ON posts BEGIN
            DELETE FROM post_tags WHERE post_rowid = old.id;
            INSERT INTO post_tags (kind, value, post_rowid, name, label)
            {SqliteSearchMigration.TagRows("new.id", "new.entities_json", fromPosts: false)};
            INSERT INTO post_tags (kind, value, post_rowid, name, label)
            {AspectRows("new.id", "new.entities_json")};
        END;
        """;

    // PostJson leaves a neutral polarity (enum value 0) out, hence the coalesce.
    internal static string AspectRows(string id, string json) => $"""
        SELECT 'aspect', value, pid, value, value FROM (
            SELECT pid, CASE WHEN k.n = 1 THEN a ELSE a || ':' || p END AS value
              FROM (SELECT {id} AS pid, e.value ->> '$.aspect.name' AS a, coalesce(e.value ->> '$.aspect.polarity', 'neutral') AS p
                      FROM json_each({json}) e
                     WHERE e.value ->> '$.aspect.name' IS NOT NULL) AS m
              JOIN (SELECT 1 AS n UNION ALL SELECT 2) AS k
        ) GROUP BY pid, value
        """;
}
