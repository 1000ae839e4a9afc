using Microsoft.Data.Sqlite;

namespace Sermo.Storage.Sqlite;

/// <summary>Ordered, append-only schema steps; the applied version is kept in <c>PRAGMA user_version</c>.</summary>
internal static class SqliteMigrations
{
    private static readonly string[] Steps =
    [
        """
        CREATE TABLE posts (
            id              INTEGER PRIMARY KEY,
            post_id         TEXT NOT NULL UNIQUE,
            source          TEXT NOT NULL,
            author_key      TEXT NOT NULL,
            created_at      TEXT NOT NULL,
            day             TEXT NOT NULL,
            specialty       TEXT,
            state           TEXT,
            text            TEXT NOT NULL,
            redactions      INTEGER NOT NULL,
            sentiment       INTEGER NOT NULL,
            sentiment_score REAL NOT NULL,
            entities_json   TEXT NOT NULL,
            adverse_json    TEXT NOT NULL
        );
        CREATE INDEX ix_posts_author ON posts(author_key);
        CREATE INDEX ix_posts_day ON posts(day);

        -- External-content FTS5 index over scrubbed text only; kept in step with posts by the triggers below.
        CREATE VIRTUAL TABLE posts_fts USING fts5(text, content='posts', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2');

        -- Days whose cube cells must be recomputed: every insert, change or delete of a post marks its day(s).
        -- The triggers test NOT EXISTS instead of INSERT OR IGNORE: an outer upsert's conflict policy overrides
        -- OR IGNORE inside triggers, which would abort every re-tag of a post on an already dirty day.
        CREATE TABLE cube_dirty_days (day TEXT PRIMARY KEY);

        CREATE TRIGGER posts_ai AFTER INSERT ON posts BEGIN
            INSERT INTO posts_fts(rowid, text) VALUES (new.id, new.text);
            INSERT INTO cube_dirty_days(day) SELECT new.day WHERE NOT EXISTS (SELECT 1 FROM cube_dirty_days WHERE day = new.day);
        END;
        CREATE TRIGGER posts_ad AFTER DELETE ON posts BEGIN
            INSERT INTO posts_fts(posts_fts, rowid, text) VALUES ('delete', old.id, old.text);
            INSERT INTO cube_dirty_days(day) SELECT old.day WHERE NOT EXISTS (SELECT 1 FROM cube_dirty_days WHERE day = old.day);
        END;
        CREATE TRIGGER posts_au AFTER UPDATE ON posts BEGIN
            INSERT INTO posts_fts(posts_fts, rowid, text) VALUES ('delete', old.id, old.text);
            INSERT INTO posts_fts(rowid, text) VALUES (new.id, new.text);
            INSERT INTO cube_dirty_days(day) SELECT old.day WHERE NOT EXISTS (SELECT 1 FROM cube_dirty_days WHERE day = old.day);
            INSERT INTO cube_dirty_days(day) SELECT new.day WHERE NOT EXISTS (SELECT 1 FROM cube_dirty_days WHERE day = new.day);
        END;

        CREATE TABLE checkpoints (
            source      TEXT PRIMARY KEY,
            cursor      TEXT NOT NULL,
            updated_at  TEXT NOT NULL
        );

        CREATE TABLE dead_letters (
            id          INTEGER PRIMARY KEY,
            source      TEXT NOT NULL,
            position    TEXT NOT NULL,
            reason      TEXT NOT NULL,
            detail      TEXT NOT NULL,
            excerpt     TEXT,
            received_at TEXT NOT NULL,
            UNIQUE (source, position)
        );

        CREATE TABLE clients (
            client_id       TEXT PRIMARY KEY,
            name            TEXT NOT NULL,
            kind            TEXT NOT NULL,
            k               INTEGER NOT NULL,
            watchlist_json  TEXT NOT NULL,
            reports_json    TEXT NOT NULL,
            author_salt     BLOB NOT NULL
        );

        CREATE TABLE cube_cells (
            client_id       TEXT NOT NULL,
            term            TEXT NOT NULL,
            day             TEXT NOT NULL,
            specialty       TEXT NOT NULL,
            state           TEXT NOT NULL,
            mentions        INTEGER NOT NULL,
            positive        INTEGER NOT NULL,
            neutral         INTEGER NOT NULL,
            negative        INTEGER NOT NULL,
            adverse_events  INTEGER NOT NULL,
            PRIMARY KEY (client_id, term, day, specialty, state)
        ) WITHOUT ROWID;
        CREATE INDEX ix_cube_cells_day ON cube_cells(day);

        -- Distinct authors do not add up across cells, so the cube keeps the (per-client keyed) author set.
        CREATE TABLE cube_authors (
            client_id       TEXT NOT NULL,
            term            TEXT NOT NULL,
            day             TEXT NOT NULL,
            specialty       TEXT NOT NULL,
            state           TEXT NOT NULL,
            author_hash     TEXT NOT NULL,
            PRIMARY KEY (client_id, term, day, specialty, state, author_hash)
        ) WITHOUT ROWID;
        CREATE INDEX ix_cube_authors_day ON cube_authors(day);

        -- Who posted at all, per day and segment: the denominator of mentions per 1,000 active members.
        CREATE TABLE cube_activity (
            day             TEXT NOT NULL,
            specialty       TEXT NOT NULL,
            state           TEXT NOT NULL,
            author_key      TEXT NOT NULL,
            PRIMARY KEY (day, specialty, state, author_key)
        ) WITHOUT ROWID;
        """,
        SqliteSearchMigration.Step,
        ReportRunsStep,
        SqliteBulkInsertMigration.Step,
        SqliteSearchBacklogMigration.Step,
        ReportRuns.SqliteReportQuotesMigration.Step,
        SqliteSearchTagCoverMigration.Step,
        SqliteCubeGrainsMigration.Step,
        SqliteSearchPostCoverMigration.Step,
        SqliteAuthorPostingsMigration.Step,
        SqliteBulkInsertMigration.RetireInsertTriggersStep,
        ReportRuns.SqliteReportOccurrenceMigration.Step,
        SqliteSourceLeasesMigration.Step,
        SqliteAspectTagsMigration.Step,
        SqliteDeadLetterRunsMigration.Step,
        ReportRuns.SqliteReportFoldersMigration.Step,
        ReleaseSeparationMigration.Step,
        Search.SearchRefusalMigration.SqliteStep,
        Emerging.WatchlistPromotionsMigration.SqliteStep,
        Safety.SafetyQueueMigration.Sqlite,
        Mnpi.TrialDisclosureHoldsMigration.Sqlite,
        Cube.CubeAspectsMigration.Step,
        Cube.CubeGenerationMigration.Step,
        SqliteSearchFacetTagsMigration.Step,
        Cube.CubeAspectCuesMigration.Sqlite,
        Portal.PortalTablesMigration.Sqlite,
        Search.Sqlite.SqliteSearchGenerationMigration.Step,
        Search.Sqlite.SqliteSearchChangesMigration.Step,
    ];

    /// <summary>The history of client report runs (Sermo.Reports writes it through IReportRunLog).</summary>
    private const string ReportRunsStep = """
        CREATE TABLE report_runs (
            id          INTEGER PRIMARY KEY,
            client_id   TEXT NOT NULL,
            report_id   TEXT NOT NULL,
            period      TEXT NOT NULL,
            status      TEXT NOT NULL,
            error       TEXT,
            started_at  TEXT NOT NULL,
            finished_at TEXT,
            folder      TEXT
        );
        CREATE INDEX ix_report_runs_client ON report_runs(client_id, id);
        """;

    public static int Latest => Steps.Length;

    /// <summary>The version a file has just before <paramref name="step"/> is applied (tests build files of earlier releases).</summary>
    public static int Before(string step) => Array.IndexOf(Steps, step) is >= 0 and var index ? index : throw new ArgumentException("not a migration step", nameof(step));

    /// <summary>Applies the steps after the file's version, up to <paramref name="version"/> (tests build old files).</summary>
    public static async Task ApplyAsync(SqliteConnection connection, CancellationToken cancellationToken, int version = int.MaxValue)
    {
        while (true)
        {
            // BEGIN IMMEDIATE (the provider's default) serialises two processes migrating the same file.
            await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.Transaction = tx;
            command.CommandText = "PRAGMA user_version";
            var applied = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            if (applied >= Math.Min(version, Steps.Length))
            {
                return;
            }

            command.CommandText = Steps[applied] + $"\nPRAGMA user_version = {applied + 1};";
            await command.ExecuteNonQueryAsync(cancellationToken);
            await tx.CommitAsync(cancellationToken);
        }
    }
}
