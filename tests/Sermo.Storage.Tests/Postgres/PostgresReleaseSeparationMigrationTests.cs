using System.Globalization;
using Npgsql;
using Sermo.Storage.Postgres;
using Sermo.TestSupport;

namespace Sermo.Storage.Tests.Postgres;

/// <summary>Issue 14's schema step on a PostgreSQL store as the previous release left it (the SQLite twin: SqliteReleaseSeparationMigrationTests).</summary>
public sealed class PostgresReleaseSeparationMigrationTests(PostgresDatabase server) : IClassFixture<PostgresDatabase>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task Migrate_PostsFromAPushFile_MoveToThePushNamespaceWithTheirCheckpointQuotesAndBacklog()
    {
        await using (var old = new NpgsqlConnection(server.ConnectionString))
        {
            await old.OpenAsync(Ct);
            await PostgresMigrations.ApplyAsync(old, Ct, version: PostgresMigrations.Before(ReleaseSeparationMigration.Step));
            await using var insert = new NpgsqlCommand("""
                INSERT INTO posts (post_id, source, author_key, created_at, day, specialty, state, text, redactions,
                                   sentiment, sentiment_score, entities_json, adverse_json)
                VALUES ('drop:d1', 'drop:partner.jsonl', 'author-1', '2026-03-02T10:00:00Z', '2026-03-02', NULL, NULL, 'dropped', 0, 0, 0, '[]', '[]'),
                       ('drop:p1', 'drop:push-20260302T100000000Z-ab.jsonl', 'author-2', '2026-03-02T10:00:00Z', '2026-03-02', NULL, NULL, 'pushed', 0, 0, 0, '[]', '[]');
                INSERT INTO checkpoints (source, cursor, updated_at) VALUES ('drop:partner.jsonl', '1:10', now()), ('drop:push-20260302T100000000Z-ab.jsonl', '1:10', now());
                INSERT INTO dead_letters (source, position, last_position, records, reason, detail, received_at) VALUES ('drop:push-20260302T100000000Z-ab.jsonl', 'line 2', 'line 2', 1, 'malformed-json', 'x', now());
                INSERT INTO report_runs (client_id, report_id, period, status, started_at) VALUES ('acme', 'weekly', '2026-W10', 'succeeded', now());
                INSERT INTO report_run_quotes (run_id, term_index, position, post_id, day, text) SELECT id, 0, 0, 'drop:p1', '2026-03-02', 'pushed' FROM report_runs;
                INSERT INTO clients (client_id, name, kind, k, watchlist_json, reports_json, author_salt) VALUES ('acme', 'Acme', 'pharma', 5, '{}', '[]', '\x00');
                """, old);
            await insert.ExecuteNonQueryAsync(Ct);
        }

        await using var store = PostgresStoreBackend.Open(server.ConnectionString);
        await using var connection = await store.OpenAsync(Ct);

        (await ScalarAsync(connection, "SELECT count(*) FROM posts WHERE post_id = 'drop:d1' AND source = 'drop:partner.jsonl'")).Should().Be(1);
        (await ScalarAsync(connection, "SELECT count(*) FROM posts WHERE post_id = 'push:p1' AND source = 'push:push-20260302T100000000Z-ab.jsonl'")).Should().Be(1);
        (await ScalarAsync(connection, "SELECT count(*) FROM checkpoints WHERE source LIKE 'push:push-%'")).Should().Be(1);
        (await ScalarAsync(connection, "SELECT count(*) FROM dead_letters WHERE source LIKE 'push:push-%'")).Should().Be(1);
        (await ScalarAsync(connection, "SELECT count(*) FROM report_run_quotes WHERE post_id = 'push:p1'")).Should().Be(1);
        (await ScalarAsync(connection, "SELECT count(*) FROM search_backlog WHERE key IN ('drop:p1', 'push:p1')")).Should().Be(2);
        (await ScalarAsync(connection, "SELECT count(*) FROM information_schema.columns WHERE table_name = 'clients' AND column_name = 'author_salt'")).Should().Be(0);
        (await ScalarAsync(connection, "SELECT count(*) FROM information_schema.columns WHERE table_name = 'client_reads' AND column_name = 'caller'")).Should().Be(1);
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(Ct), CultureInfo.InvariantCulture);
    }
}
