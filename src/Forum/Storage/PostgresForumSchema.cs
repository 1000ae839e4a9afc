namespace Sermo.Forum.Storage;

/// <summary>PostgreSQL DDL of the forum at its current version (no older PostgreSQL forum exists to migrate).</summary>
internal static class PostgresForumSchema
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS forum_members (
            member_id   text PRIMARY KEY,
            handle      text NOT NULL UNIQUE,
            pseudonym   text NOT NULL,
            specialty   text NOT NULL,
            state       text,
            verified    boolean NOT NULL,
            opted_out   boolean NOT NULL DEFAULT false,
            joined_at   text NOT NULL,
            deleted_at  timestamptz
        );
        CREATE TABLE IF NOT EXISTS forum_threads (
            thread_id        text PRIMARY KEY,
            title            text NOT NULL,
            specialty        text,
            member_id        text NOT NULL REFERENCES forum_members(member_id),
            created_at       timestamptz NOT NULL,
            category         text NOT NULL DEFAULT 'cases',
            accepted_post_id text
        );
        CREATE TABLE IF NOT EXISTS forum_posts (
            post_id     text PRIMARY KEY,
            thread_id   text NOT NULL REFERENCES forum_threads(thread_id),
            parent_id   text REFERENCES forum_posts(post_id),
            member_id   text NOT NULL REFERENCES forum_members(member_id),
            created_at  timestamptz NOT NULL,
            body        text NOT NULL,
            deleted     boolean NOT NULL DEFAULT false,
            edited_at   timestamptz,
            hidden      boolean NOT NULL DEFAULT false
        );
        CREATE INDEX IF NOT EXISTS forum_posts_by_thread ON forum_posts (thread_id, created_at);
        CREATE INDEX IF NOT EXISTS forum_posts_by_member ON forum_posts (member_id);
        CREATE INDEX IF NOT EXISTS forum_threads_by_category ON forum_threads (category, created_at);
        CREATE TABLE IF NOT EXISTS forum_changes (
            seq         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            kind        text NOT NULL,
            post_id     text,
            member_id   text,
            at          timestamptz NOT NULL
        );
        CREATE TABLE IF NOT EXISTS forum_settings (
            name        text PRIMARY KEY,
            value       text NOT NULL
        );
        CREATE TABLE IF NOT EXISTS forum_pseudonyms (
            name_key    text PRIMARY KEY,
            member_id   text NOT NULL REFERENCES forum_members(member_id),
            name        text NOT NULL
        );
        CREATE TABLE IF NOT EXISTS forum_accounts (
            member_id       text PRIMARY KEY REFERENCES forum_members(member_id),
            email           text NOT NULL,
            email_key       text NOT NULL UNIQUE,
            npi             text NOT NULL UNIQUE,
            password_hash   text NOT NULL,
            roles           text NOT NULL DEFAULT '',
            review          text NOT NULL,
            reviewed_at     timestamptz,
            failed_sign_ins integer NOT NULL DEFAULT 0,
            locked_until    timestamptz,
            security_stamp  text NOT NULL,
            created_at      timestamptz NOT NULL
        );
        CREATE TABLE IF NOT EXISTS forum_votes (
            post_id     text NOT NULL REFERENCES forum_posts(post_id),
            member_id   text NOT NULL REFERENCES forum_members(member_id),
            value       integer NOT NULL,
            PRIMARY KEY (post_id, member_id)
        );
        CREATE TABLE IF NOT EXISTS forum_reports (
            report_id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            post_id     text NOT NULL REFERENCES forum_posts(post_id),
            member_id   text NOT NULL REFERENCES forum_members(member_id),
            reason      text NOT NULL,
            created_at  timestamptz NOT NULL,
            resolved_at timestamptz,
            resolution  text
        );
        CREATE TABLE IF NOT EXISTS forum_polls (
            thread_id   text PRIMARY KEY REFERENCES forum_threads(thread_id),
            question    text NOT NULL,
            closes_at   timestamptz,
            closed_at   timestamptz
        );
        CREATE TABLE IF NOT EXISTS forum_poll_options (
            thread_id   text NOT NULL REFERENCES forum_polls(thread_id),
            option_no   integer NOT NULL,
            label       text NOT NULL,
            PRIMARY KEY (thread_id, option_no)
        );
        CREATE TABLE IF NOT EXISTS forum_poll_votes (
            thread_id   text NOT NULL REFERENCES forum_polls(thread_id),
            member_id   text NOT NULL REFERENCES forum_members(member_id),
            option_no   integer NOT NULL,
            voted_at    timestamptz NOT NULL,
            PRIMARY KEY (thread_id, member_id)
        );
        """;
}
