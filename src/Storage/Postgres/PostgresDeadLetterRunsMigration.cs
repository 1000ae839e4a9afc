namespace Sermo.Storage.Postgres;

/// <summary>
/// Dead letters as counted runs (decision 018), as <see cref="Sqlite.SqliteDeadLetterRunsMigration"/> does on SQLite:
/// each row counts its records from <c>position</c> to <c>last_position</c>, a replayed row stays on record, and only
/// rows not replayed are unique per source and position. PostgreSQL alters the table in place. Report folders written
/// as absolute paths before become relative to the outbox (its last two segments), as on SQLite.
/// </summary>
internal static class PostgresDeadLetterRunsMigration
{
    public const string Step = """
        ALTER TABLE dead_letters
            ADD COLUMN last_position  text,
            ADD COLUMN records        integer NOT NULL DEFAULT 1 CHECK (records >= 1),
            ADD COLUMN replayed_at    timestamptz,
            ADD COLUMN replay_outcome text;
        UPDATE dead_letters SET last_position = position;
        ALTER TABLE dead_letters ALTER COLUMN last_position SET NOT NULL, ALTER COLUMN records DROP DEFAULT;
        ALTER TABLE dead_letters DROP CONSTRAINT dead_letters_source_position_key;
        CREATE UNIQUE INDEX ux_dead_letters_open ON dead_letters (source, position) WHERE replayed_at IS NULL;
        CREATE INDEX ix_dead_letters_reason ON dead_letters (reason, id);
        UPDATE report_run_inputs SET folder = regexp_replace(replace(folder, '\', '/'), '^.*/([^/]+/[^/]+)$', '\1')
         WHERE folder ~ '^(/|[A-Za-z]:[\\/])';
        UPDATE report_runs SET folder = regexp_replace(replace(folder, '\', '/'), '^.*/([^/]+/[^/]+)$', '\1')
         WHERE folder ~ '^(/|[A-Za-z]:[\\/])';
        """;
}
