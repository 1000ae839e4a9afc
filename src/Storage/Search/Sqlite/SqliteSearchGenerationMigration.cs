namespace Sermo.Storage.Search.Sqlite;

/// <summary>
/// Schema step for the search cache's generation (decision 069): one row counting changes to what a search reads
/// (posts, and the FTS rows and tags derived from them in the same statements). Updates and deletions of posts bump it
/// by trigger, whoever writes them (ingest upserts, deletions, opt-outs, re-tags); inserts are bumped by the ingest
/// store in its own transaction, because insert triggers on posts were retired for their bulk cost (decision 007).
/// Audit rows, leases, keys and every other table leave it alone, so the match cache outlives them. No row reads as 0.
/// </summary>
internal static class SqliteSearchGenerationMigration
{
    public const string Step = $"""
        CREATE TABLE search_generation (
            id          INTEGER PRIMARY KEY CHECK (id = 1),
            generation  INTEGER NOT NULL
        );
        INSERT INTO search_generation (id, generation) VALUES (1, 0);
        CREATE TRIGGER posts_search_generation_au AFTER UPDATE ON posts BEGIN
            {BumpSql};
        END;
        CREATE TRIGGER posts_search_generation_ad AFTER DELETE ON posts BEGIN
            {BumpSql};
        END;
        """;

    public const string BumpSql = "UPDATE search_generation SET generation = generation + 1 WHERE id = 1";

    public const string ReadSql = "SELECT coalesce((SELECT generation FROM search_generation WHERE id = 1), 0)";
}
