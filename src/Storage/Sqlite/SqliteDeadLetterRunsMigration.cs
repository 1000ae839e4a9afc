namespace Sermo.Storage.Sqlite;

/// <summary>
/// Dead letters as runs (decision 018): a row counts its records (<c>records</c>) from <c>position</c> to
/// <c>last_position</c>, so a file of junk lines is one row, not one per line; and a replayed row stays on record
/// (<c>replayed_at</c>, <c>replay_outcome</c>) while the records refused again get new rows. Only rows not replayed
/// are unique per source and position, so SQLite needs the table rebuilt (a UNIQUE constraint cannot be dropped).
/// </summary>
internal static class SqliteDeadLetterRunsMigration
{
    public const string Step = """
        CREATE TABLE dead_letters_runs (
            id              INTEGER PRIMARY KEY,
            source          TEXT NOT NULL,
            position        TEXT NOT NULL,
            last_position   TEXT NOT NULL,
            records         INTEGER NOT NULL CHECK (records >= 1),
            reason          TEXT NOT NULL,
            detail          TEXT NOT NULL,
            excerpt         TEXT,
            received_at     TEXT NOT NULL,
            replayed_at     TEXT,
            replay_outcome  TEXT
        );
        INSERT INTO dead_letters_runs (id, source, position, last_position, records, reason, detail, excerpt, received_at)
        SELECT id, source, position, position, 1, reason, detail, excerpt, received_at FROM dead_letters;
        DROP TABLE dead_letters;
        ALTER TABLE dead_letters_runs RENAME TO dead_letters;
        CREATE UNIQUE INDEX ux_dead_letters_open ON dead_letters(source, position) WHERE replayed_at IS NULL;
        CREATE INDEX ix_dead_letters_reason ON dead_letters(reason, id);
        """;
}
