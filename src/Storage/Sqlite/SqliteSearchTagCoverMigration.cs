namespace Sermo.Storage.Sqlite;

/// <summary>
/// Schema step for search aggregation: a search reads each matching post's brand and disease tags by post, and
/// the facet needs the label as well as the value. Widening the by-post index to carry kind, value and label makes
/// that read index-only (one seek per post instead of one more per tag into the table); it replaces the old
/// (post_rowid, kind) index, so bulk loads still maintain two indexes on post_tags.
/// </summary>
internal static class SqliteSearchTagCoverMigration
{
    public const string Step = """
        DROP INDEX ix_post_tags_post;
        CREATE INDEX ix_post_tags_post ON post_tags(post_rowid, kind, value, label);
        """;
}
