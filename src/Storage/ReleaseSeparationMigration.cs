namespace Sermo.Storage;

/// <summary>
/// One schema step for issue 14's fixes (docs/privacy.md), the same SQL in both stores' migration lists (SQLite and
/// PostgreSQL both read it):
/// <list type="bullet">
/// <item>Pushed posts leave the file drop's namespace (decision 014). Before, a spooled push file was read as a drop, so
/// its post ids were <c>drop:…</c> and a partner could overwrite a dropped post by reusing its id. Rows that came from
/// a push file (<c>source</c> <c>drop:push-…</c>) become <c>push:…</c>, with their checkpoints, dead letters and the
/// report quotes that point at them. A dropped post a push already overwrote cannot be brought back, and author keys
/// cannot be re-keyed into the push namespace (the raw references are never stored), so pushed posts written before
/// this step keep their drop-namespace author keys. Each moved id is queued in the search backlog twice (old id: gone,
/// new id: present), so an external index converges on the next cycle; with the SQLite index nothing reads those rows.</item>
/// <item><c>clients.author_salt</c> goes: since decision 005 nothing read it. Client noise keys derive from a secret in
/// the data folder instead, outside the database (decision 013).</item>
/// <item><c>client_reads.caller</c>: the client whose key made a read, or null when no valid key came with it; the
/// row is written before the request is answered, so refused and failed reads are audited too (privacy rule P8).</item>
/// </list>
/// </summary>
internal static class ReleaseSeparationMigration
{
    public const string Step = """
        INSERT INTO search_backlog (kind, key) SELECT 'post', post_id FROM posts WHERE source LIKE 'drop:push-%';
        UPDATE report_run_quotes SET post_id = 'push:' || substr(post_id, 6)
         WHERE post_id IN (SELECT post_id FROM posts WHERE source LIKE 'drop:push-%');
        UPDATE posts SET post_id = 'push:' || substr(post_id, 6), source = 'push:' || substr(source, 6)
         WHERE source LIKE 'drop:push-%' AND post_id LIKE 'drop:%';
        INSERT INTO search_backlog (kind, key) SELECT 'post', post_id FROM posts WHERE source LIKE 'push:push-%';
        UPDATE checkpoints SET source = 'push:' || substr(source, 6) WHERE source LIKE 'drop:push-%';
        UPDATE dead_letters SET source = 'push:' || substr(source, 6) WHERE source LIKE 'drop:push-%';

        ALTER TABLE clients DROP COLUMN author_salt;

        ALTER TABLE client_reads ADD COLUMN caller TEXT;
        """;
}
