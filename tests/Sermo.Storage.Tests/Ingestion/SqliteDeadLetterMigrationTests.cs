using Microsoft.Data.Sqlite;
using Sermo.Storage.Ingestion;
using Sermo.Storage.ReportRuns;
using Sermo.Storage.Sqlite;

namespace Sermo.Storage.Tests.Ingestion;

/// <summary>A SQLite file from before dead letters were runs: each row becomes one record, report folders relative.</summary>
public sealed class SqliteDeadLetterMigrationTests : TempStore
{
    [Fact]
    public async Task Migrate_StoreFromBeforeRuns_KeepsEachRowAsOneRecordAndReportFoldersBecomeRelative()
    {
        await using (var old = new SqliteConnection(ConnectionString))
        {
            await old.OpenAsync(Ct);
            await SqliteMigrations.ApplyAsync(old, Ct, version: SqliteMigrations.Before(SqliteDeadLetterRunsMigration.Step));
            await using var insert = old.CreateCommand();
            insert.CommandText = """
                INSERT INTO dead_letters (source, position, reason, detail, excerpt, received_at)
                VALUES ('drop:a.jsonl', 'line 3', 'malformed-json', 'd', NULL, '2026-03-02T09:00:00.0000000Z');
                INSERT INTO report_runs (client_id, report_id, period, status, started_at, folder)
                VALUES ('acme', 'weekly', 'p', 'Succeeded', '2026-03-02T09:00:00Z', '/srv/old-place/outbox/acme/weekly-2026-W10');
                INSERT INTO report_run_inputs (run_id, folder, formats_json, content_json)
                VALUES (last_insert_rowid(), '/srv/old-place/outbox/acme/weekly-2026-W10', '[]', '{}');
                """;
            await insert.ExecuteNonQueryAsync(Ct);
        }

        SqliteConnection.ClearAllPools();

        (await Store.GetTotalsAsync(Ct)).DeadLetters.Should().Be(1);
        (await new DeadLetterStore(Database).ListAsync(new DeadLetterFilter(), Ct)).Single().Should().BeEquivalentTo(new { Position = "line 3", LastPosition = "line 3", Records = 1 });
        var run = (await new ReportRunLog(Database).ListAsync("acme", 5, Ct)).Single();
        run.Folder.Should().Be("acme/weekly-2026-W10");
        (await ScalarAsync("SELECT count(*) FROM report_run_inputs WHERE folder = 'acme/weekly-2026-W10'")).Should().Be(1);
    }
}
