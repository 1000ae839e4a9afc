namespace Sermo.Forum.Storage;

/// <summary>SQLite DDL: version 1 is the engine before it had pages; version 2 adds what the pages need.</summary>
internal static class SqliteForumSchema
{
    public const string Version1 = """
        CREATE TABLE IF NOT EXISTS forum_members (
            member_id   TEXT PRIMARY KEY,
            handle      TEXT NOT NULL UNIQUE,
            pseudonym   TEXT NOT NULL,
            specialty   TEXT NOT NULL,
            state       TEXT,
            verified    INTEGER NOT NULL,
            opted_out   INTEGER NOT NULL DEFAULT 0,
            joined_at   TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS forum_threads (
            thread_id   TEXT PRIMARY KEY,
            title       TEXT NOT NULL,
            specialty   TEXT,
            member_id   TEXT NOT NULL REFERENCES forum_members(member_id),
            created_at  TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS forum_posts (
            post_id     TEXT PRIMARY KEY,
            thread_id   TEXT NOT NULL REFERENCES forum_threads(thread_id),
            parent_id   TEXT REFERENCES forum_posts(post_id),
            member_id   TEXT NOT NULL REFERENCES forum_members(member_id),
            created_at  TEXT NOT NULL,
            body        TEXT NOT NULL,
            deleted     INTEGER NOT NULL DEFAULT 0
        );
        -- The change feed: every write appends here in the same transaction, so a cursor never misses one.
        CREATE TABLE IF NOT EXISTS forum_changes (
            seq         INTEGER PRIMARY KEY AUTOINCREMENT,
            kind        TEXT NOT NULL,
            post_id     TEXT,
            member_id   TEXT,
            at          TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS forum_settings (
            name        TEXT PRIMARY KEY,
            value       TEXT NOT NULL
        );
        """;

    public const string Version2 = """
        ALTER TABLE forum_threads ADD COLUMN category TEXT NOT NULL DEFAULT 'cases';
        ALTER TABLE forum_threads ADD COLUMN accepted_post_id TEXT;
        ALTER TABLE forum_posts ADD COLUMN edited_at TEXT;
        ALTER TABLE forum_posts ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE forum_members ADD COLUMN deleted_at TEXT;
        CREATE INDEX forum_posts_by_thread ON forum_posts (thread_id, created_at);
        CREATE INDEX forum_posts_by_member ON forum_posts (member_id);
        CREATE INDEX forum_threads_by_category ON forum_threads (category, created_at);
        CREATE TABLE forum_pseudonyms (
            name_key    TEXT PRIMARY KEY,
            member_id   TEXT NOT NULL REFERENCES forum_members(member_id),
            name        TEXT NOT NULL
        );
        CREATE TABLE forum_accounts (
            member_id       TEXT PRIMARY KEY REFERENCES forum_members(member_id),
            email           TEXT NOT NULL,
            email_key       TEXT NOT NULL UNIQUE,
            npi             TEXT NOT NULL UNIQUE,
            password_hash   TEXT NOT NULL,
            roles           TEXT NOT NULL DEFAULT '',
            review          TEXT NOT NULL,
            reviewed_at     TEXT,
            failed_sign_ins INTEGER NOT NULL DEFAULT 0,
            locked_until    TEXT,
            security_stamp  TEXT NOT NULL,
            created_at      TEXT NOT NULL
        );
        CREATE TABLE forum_votes (
            post_id     TEXT NOT NULL REFERENCES forum_posts(post_id),
            member_id   TEXT NOT NULL REFERENCES forum_members(member_id),
            value       INTEGER NOT NULL,
            PRIMARY KEY (post_id, member_id)
        );
        CREATE TABLE forum_reports (
            report_id   INTEGER PRIMARY KEY AUTOINCREMENT,
            post_id     TEXT NOT NULL REFERENCES forum_posts(post_id),
            member_id   TEXT NOT NULL REFERENCES forum_members(member_id),
            reason      TEXT NOT NULL,
            created_at  TEXT NOT NULL,
            resolved_at TEXT,
            resolution  TEXT
        );
        CREATE TABLE forum_polls (
            thread_id   TEXT PRIMARY KEY REFERENCES forum_threads(thread_id),
            question    TEXT NOT NULL,
            closes_at   TEXT,
            closed_at   TEXT
        );
        CREATE TABLE forum_poll_options (
            thread_id   TEXT NOT NULL REFERENCES forum_polls(thread_id),
            option_no   INTEGER NOT NULL,
            label       TEXT NOT NULL,
            PRIMARY KEY (thread_id, option_no)
        );
        CREATE TABLE forum_poll_votes (
            thread_id   TEXT NOT NULL REFERENCES forum_polls(thread_id),
            member_id   TEXT NOT NULL REFERENCES forum_members(member_id),
            option_no   INTEGER NOT NULL,
            voted_at    TEXT NOT NULL,
            PRIMARY KEY (thread_id, member_id)
        );
        """;
}
