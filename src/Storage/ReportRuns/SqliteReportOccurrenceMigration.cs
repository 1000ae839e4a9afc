namespace Sermo.Storage.ReportRuns;

/// <summary>Schema step for scheduled report runs: the occurrence each was for (the idempotency key) and when each schedule began.</summary>
internal static class SqliteReportOccurrenceMigration
{
    public const string Step = """
        -- occurrence: the scheduled time (UTC) a scheduler run was for; null for a run asked for by hand. Client, report and
        -- occurrence are the idempotency key of scheduled runs: a host that finds it succeeded, or running, does not run it.
        ALTER TABLE report_runs ADD COLUMN occurrence TEXT;
        CREATE INDEX ix_report_runs_occurrence ON report_runs(client_id, report_id, occurrence) WHERE occurrence IS NOT NULL;

        -- Since when each report has had its current schedule: a host that starts after an occurrence it missed runs that
        -- occurrence only if the schedule already existed then.
        CREATE TABLE report_schedules (
            client_id   TEXT NOT NULL,
            report_id   TEXT NOT NULL,
            cron        TEXT NOT NULL,
            time_zone   TEXT NOT NULL,
            since       TEXT NOT NULL,
            PRIMARY KEY (client_id, report_id)
        ) WITHOUT ROWID;
        """;
}
