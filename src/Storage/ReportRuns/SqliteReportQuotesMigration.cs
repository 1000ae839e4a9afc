namespace Sermo.Storage.ReportRuns;

/// <summary>
/// Schema step for privacy rule 3 on reports: what each published run quoted (server-side only), the run's render
/// inputs, a removal counter bumped inside the ingest transaction that deletes a quoted post, per-client API keys and
/// the audit of client reads.
/// </summary>
internal static class SqliteReportQuotesMigration
{
    public const string Step = """
        -- render_id: the random id the run's manifest carries, so a served folder maps to exactly the run that wrote it.
        -- removals: quoted posts deleted since the run was rendered (bumped by the trigger below);
        -- rendered_removals: the removals its current files already leave out. Stale while removals > rendered_removals.
        ALTER TABLE report_runs ADD COLUMN render_id TEXT;
        ALTER TABLE report_runs ADD COLUMN removals INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE report_runs ADD COLUMN rendered_removals INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE report_runs ADD COLUMN rerendered_at TEXT;
        CREATE UNIQUE INDEX ux_report_runs_render ON report_runs(render_id) WHERE render_id IS NOT NULL;

        -- What a run showed besides its excerpts (opaque JSON written by Sermo.Reports), its folder and formats. Kept only
        -- while the run's files are the current ones of that folder: a later run of the folder, or a failure, drops it.
        CREATE TABLE report_run_inputs (
            run_id        INTEGER PRIMARY KEY REFERENCES report_runs(id) ON DELETE CASCADE,
            folder        TEXT NOT NULL,
            formats_json  TEXT NOT NULL,
            content_json  TEXT NOT NULL
        );

        -- Every excerpt a run quoted and the post it came from. Never written to an outbox or a manifest.
        CREATE TABLE report_run_quotes (
            run_id      INTEGER NOT NULL REFERENCES report_runs(id) ON DELETE CASCADE,
            term_index  INTEGER NOT NULL,
            position    INTEGER NOT NULL,
            post_id     TEXT NOT NULL,
            day         TEXT NOT NULL,
            text        TEXT NOT NULL,
            PRIMARY KEY (run_id, term_index, position)
        ) WITHOUT ROWID;
        CREATE INDEX ix_report_run_quotes_post ON report_run_quotes(post_id);

        -- A deleted post (its own deletion or its author's opt-out: both delete the row) leaves every run that quoted it
        -- stale in the same transaction as the delete, and its quoted text leaves the server-side copy too.
        CREATE TRIGGER posts_ad_report_quotes AFTER DELETE ON posts
        WHEN EXISTS (SELECT 1 FROM report_run_quotes WHERE post_id = old.post_id)
        BEGIN
            UPDATE report_runs SET removals = removals + 1
            WHERE id IN (SELECT run_id FROM report_run_quotes WHERE post_id = old.post_id);
            DELETE FROM report_run_quotes WHERE post_id = old.post_id;
        END;

        -- Only a hash of each key is kept; the key itself is shown once, when issued.
        CREATE TABLE client_api_keys (
            key_hash    TEXT PRIMARY KEY,
            client_id   TEXT NOT NULL,
            created_at  TEXT NOT NULL,
            revoked_at  TEXT
        );

        -- Privacy rule 4: every client read, allowed or not.
        CREATE TABLE client_reads (
            id          INTEGER PRIMARY KEY,
            client_id   TEXT NOT NULL,
            resource    TEXT NOT NULL,
            outcome     TEXT NOT NULL,
            read_at     TEXT NOT NULL
        );
        CREATE INDEX ix_client_reads_client ON client_reads(client_id, id);
        """;
}
