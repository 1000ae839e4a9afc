namespace Sermo.Storage.Sqlite;

/// <summary>
/// Schema step for search at scale: a search reads, for every matching post, only the few columns the ranking and the
/// histogram and facets need. From <c>posts</c> that means one random page of a ~2 KB row per hit (the scrubbed text
/// sits in the same row); this narrow index holds just those columns, about 100 bytes a post, so the matched set
/// is read from a structure a tenth the size that stays in the page cache. Searches name it with INDEXED BY.
/// </summary>
internal static class SqliteSearchPostCoverMigration
{
    public const string IndexName = "ix_posts_search";

    public const string Step = $"""
        CREATE INDEX {IndexName} ON posts(id, created_at, author_key, day, specialty, state, sentiment);
        """;
}
