using Microsoft.Data.Sqlite;
using Sermo.Storage.Sqlite;

namespace Sermo.Storage.Tests.Ingestion;

/// <summary>Issue 14's schema step on a file as the previous release left it.</summary>
public sealed class SqliteReleaseSeparationMigrationTests : TempStore
{
    [Fact]
    public async Task Migrate_PostsFromAPushFile_MoveToThePushNamespaceWithTheirCheckpointQuotesAndBacklog()
    {
        await using (var old = new SqliteConnection(ConnectionString))
        {
            await old.OpenAsync(Ct);
            await SqliteMigrations.ApplyAsync(old, Ct, version: SqliteMigrations.Before(ReleaseSeparationMigration.Step));
            await using var insert = old.CreateCommand();
            insert.CommandText = """
                INSERT INTO posts (post_id, source, author_key, created_at, day, specialty, state, text, redactions,
                                   sentiment, sentiment_score, entities_json, adverse_json)
                VALUES ('drop:d1', 'drop:partner.jsonl', 'author-1', '2026-03-02T10:00:00Z', '2026-03-02', NULL, NULL, 'dropped', 0, 0, 0, '[]', '[]'),
                       ('drop:p1', 'drop:push-20260302T100000000Z-ab.jsonl', 'author-2', '2026-03-02T10:00:00Z', '2026-03-02', NULL, NULL, 'pushed', 0, 0, 0, '[]', '[]');
                INSERT INTO posts_fts (rowid, text) SELECT id, text FROM posts;
                INSERT INTO checkpoints (source, cursor, updated_at) VALUES ('drop:partner.jsonl', '1:10', 'x'), ('drop:push-20260302T100000000Z-ab.jsonl', '1:10', 'x');
                INSERT INTO dead_letters (source, position, last_position, records, reason, detail, received_at) VALUES ('drop:push-20260302T100000000Z-ab.jsonl', 'line 2', 'line 2', 1, 'malformed-json', 'x', 'x');
                INSERT INTO report_runs (id, client_id, report_id, period, status, started_at) VALUES (1, 'acme', 'weekly', '2026-W10', 'succeeded', 'x');
                INSERT INTO report_run_quotes (run_id, term_index, position, post_id, day, text) VALUES (1, 0, 0, 'drop:p1', '2026-03-02', 'pushed');
                INSERT INTO clients (client_id, name, kind, k, watchlist_json, reports_json, author_salt) VALUES ('acme', 'Acme', 'pharma', 5, '{}', '[]', x'00');
                """;
            await insert.ExecuteNonQueryAsync(Ct);
        }

        SqliteConnection.ClearAllPools();
        (await Store.GetTotalsAsync(Ct)).Posts.Should().Be(2);

        (await ScalarAsync("SELECT count(*) FROM posts WHERE post_id = 'drop:d1' AND source = 'drop:partner.jsonl'")).Should().Be(1);
        (await ScalarAsync("SELECT count(*) FROM posts WHERE post_id = 'push:p1' AND source = 'push:push-20260302T100000000Z-ab.jsonl'")).Should().Be(1);
        (await ScalarAsync("SELECT count(*) FROM checkpoints WHERE source LIKE 'push:push-%'")).Should().Be(1);
        (await ScalarAsync("SELECT count(*) FROM dead_letters WHERE source LIKE 'push:push-%'")).Should().Be(1);
        (await ScalarAsync("SELECT count(*) FROM report_run_quotes WHERE post_id = 'push:p1'")).Should().Be(1);
        (await ScalarAsync("SELECT count(*) FROM search_backlog WHERE key IN ('drop:p1', 'push:p1')")).Should().Be(2);
        (await ScalarAsync("SELECT count(*) FROM pragma_table_info('clients') WHERE name = 'author_salt'")).Should().Be(0);
        (await ScalarAsync("SELECT count(*) FROM pragma_table_info('client_reads') WHERE name = 'caller'")).Should().Be(1);
    }
}
