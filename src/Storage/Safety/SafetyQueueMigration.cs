namespace Sermo.Storage.Safety;

/// <summary>
/// The adverse-event review queue (issue 21): one row per post that named a watched product with adverse-event language,
/// holding what the safety staff need (scrubbed text, specialty, product, event, the assessed ICSR criteria) and never
/// the author key; and the scan's checkpoint, the highest <c>posts.id</c> already looked at.
/// </summary>
internal static class SafetyQueueMigration
{
    public const string Sqlite = """
        CREATE TABLE safety_queue (
            id          INTEGER PRIMARY KEY,
            post_id     TEXT NOT NULL UNIQUE,
            posted_at   TEXT NOT NULL,
            queued_at   TEXT NOT NULL,
            due_at      TEXT NOT NULL,
            specialty   TEXT,
            text        TEXT NOT NULL,
            product     TEXT NOT NULL,
            substance   TEXT NOT NULL,
            event       TEXT NOT NULL,
            criteria    TEXT NOT NULL,
            decision    TEXT,
            reviewer    TEXT,
            note        TEXT,
            decided_at  TEXT
        );
        CREATE INDEX ix_safety_queue_open ON safety_queue(decision, due_at);
        CREATE TABLE safety_scan (
            id        INTEGER PRIMARY KEY CHECK (id = 1),
            last_post INTEGER NOT NULL
        );
        """;

    public const string Postgres = """
        CREATE TABLE safety_queue (
            id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            post_id     text NOT NULL UNIQUE,
            posted_at   timestamptz NOT NULL,
            queued_at   timestamptz NOT NULL,
            due_at      timestamptz NOT NULL,
            specialty   text,
            text        text NOT NULL,
            product     text NOT NULL,
            substance   text NOT NULL,
            event       text NOT NULL,
            criteria    text NOT NULL,
            decision    text,
            reviewer    text,
            note        text,
            decided_at  timestamptz
        );
        CREATE INDEX ix_safety_queue_open ON safety_queue(decision, due_at);
        CREATE TABLE safety_scan (
            id        integer PRIMARY KEY CHECK (id = 1),
            last_post bigint NOT NULL
        );
        """;
}
