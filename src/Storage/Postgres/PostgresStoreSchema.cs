namespace Sermo.Storage.Postgres;

/// <summary>
/// The post store in PostgreSQL (<c>Storage:Provider=postgres</c>): the tables of the SQLite store with native types
/// (timestamptz, date, bytea), a stored tsvector on the scrubbed text for report excerpts, and statement-level triggers
/// (transition tables, so one statement of a thousand rows runs each trigger once) that do in the writing transaction
/// what SQLite's row triggers and the ingest store's indexer do there: mark cube days dirty, note authors whose cube
/// member number may be forgotten, and leave a report stale when a post it quoted is deleted.
/// <para>
/// Dirty days and member checks are append-only logs, not sets: a writer adds a row and never looks, and the rollup
/// deletes exactly the rows it read. A mark that a concurrent writer commits while a rollup runs is therefore never
/// consumed by that rollup (with a set, the writer's "already dirty" would be erased by the rollup's delete).
/// </para>
/// </summary>
internal static class PostgresStoreSchema
{
    public const string Initial = """
        CREATE TABLE posts (
            id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            post_id         text NOT NULL UNIQUE,
            source          text NOT NULL,
            author_key      text NOT NULL,
            created_at      timestamptz NOT NULL,
            day             date NOT NULL,
            specialty       text,
            state           text,
            text            text NOT NULL,
            redactions      integer NOT NULL,
            sentiment       integer NOT NULL,
            sentiment_score double precision NOT NULL,
            entities_json   text NOT NULL,
            adverse_json    text NOT NULL,
            tsv             tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED
        );
        CREATE INDEX ix_posts_author ON posts (author_key);
        CREATE INDEX ix_posts_day ON posts (day);
        CREATE INDEX ix_posts_tsv ON posts USING gin (tsv);

        CREATE TABLE cube_dirty_days (
            seq     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            day     date NOT NULL
        );
        CREATE TABLE cube_member_checks (
            seq         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            author_key  text NOT NULL
        );

        CREATE TABLE checkpoints (
            source      text PRIMARY KEY,
            cursor      text NOT NULL,
            updated_at  timestamptz NOT NULL
        );

        CREATE TABLE dead_letters (
            id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            source      text NOT NULL,
            position    text NOT NULL,
            reason      text NOT NULL,
            detail      text NOT NULL,
            excerpt     text,
            received_at timestamptz NOT NULL,
            UNIQUE (source, position)
        );

        CREATE TABLE search_backlog (
            seq  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            kind text NOT NULL CHECK (kind IN ('post', 'author')),
            key  text NOT NULL
        );

        -- Which host reads a source now (decision 017): token grows with every change of holder, and a batch commits
        -- only while its holder's token is still the row's.
        CREATE TABLE source_leases (
            source      text PRIMARY KEY,
            holder      text NOT NULL,
            token       bigint NOT NULL,
            expires_at  timestamptz NOT NULL
        );

        CREATE TABLE clients (
            client_id       text PRIMARY KEY,
            name            text NOT NULL,
            kind            text NOT NULL,
            k               integer NOT NULL,
            watchlist_json  text NOT NULL,
            reports_json    text NOT NULL,
            author_salt     bytea NOT NULL
        );

        -- grain: 0 day, 1 ISO week, 2 month; seg_kind: 0 all members, 1 specialty, 2 state (decision 005).
        CREATE TABLE cube_counts (
            client_id   text NOT NULL,
            grain       smallint NOT NULL,
            seg_kind    smallint NOT NULL,
            bucket      date NOT NULL,
            term        text NOT NULL,
            counts      bytea NOT NULL,
            PRIMARY KEY (client_id, grain, seg_kind, bucket, term)
        );
        CREATE INDEX ix_cube_counts_bucket ON cube_counts (grain, bucket);
        CREATE TABLE cube_author_sets (
            client_id   text NOT NULL,
            grain       smallint NOT NULL,
            seg_kind    smallint NOT NULL,
            bucket      date NOT NULL,
            term        text NOT NULL,
            members     bytea NOT NULL,
            PRIMARY KEY (client_id, grain, seg_kind, bucket, term)
        );
        CREATE INDEX ix_cube_author_sets_bucket ON cube_author_sets (grain, bucket);
        CREATE TABLE cube_members (
            member_no   integer PRIMARY KEY,
            author_key  text NOT NULL UNIQUE
        );
        -- The highest member number ever handed out: a forgotten author's number is never reused.
        CREATE SEQUENCE cube_member_numbers AS integer;

        CREATE TABLE report_runs (
            id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            client_id           text NOT NULL,
            report_id           text NOT NULL,
            period              text NOT NULL,
            status              text NOT NULL,
            error               text,
            started_at          timestamptz NOT NULL,
            finished_at         timestamptz,
            folder              text,
            occurrence          timestamptz,
            render_id           text,
            removals            integer NOT NULL DEFAULT 0,
            rendered_removals   integer NOT NULL DEFAULT 0,
            rerendered_at       timestamptz
        );
        CREATE INDEX ix_report_runs_client ON report_runs (client_id, id);
        CREATE INDEX ix_report_runs_occurrence ON report_runs (client_id, report_id, occurrence) WHERE occurrence IS NOT NULL;
        CREATE UNIQUE INDEX ux_report_runs_render ON report_runs (render_id) WHERE render_id IS NOT NULL;
        CREATE TABLE report_run_inputs (
            run_id        bigint PRIMARY KEY REFERENCES report_runs (id) ON DELETE CASCADE,
            folder        text NOT NULL,
            formats_json  text NOT NULL,
            content_json  text NOT NULL
        );
        CREATE TABLE report_run_quotes (
            run_id      bigint NOT NULL REFERENCES report_runs (id) ON DELETE CASCADE,
            term_index  integer NOT NULL,
            position    integer NOT NULL,
            post_id     text NOT NULL,
            day         date NOT NULL,
            text        text NOT NULL,
            PRIMARY KEY (run_id, term_index, position)
        );
        CREATE INDEX ix_report_run_quotes_post ON report_run_quotes (post_id);
        CREATE TABLE report_schedules (
            client_id   text NOT NULL,
            report_id   text NOT NULL,
            cron        text NOT NULL,
            time_zone   text NOT NULL,
            since       timestamptz NOT NULL,
            PRIMARY KEY (client_id, report_id)
        );
        CREATE TABLE client_api_keys (
            key_hash    text PRIMARY KEY,
            client_id   text NOT NULL,
            created_at  timestamptz NOT NULL,
            revoked_at  timestamptz
        );
        CREATE TABLE client_reads (
            id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            client_id   text NOT NULL,
            resource    text NOT NULL,
            outcome     text NOT NULL,
            read_at     timestamptz NOT NULL
        );
        CREATE INDEX ix_client_reads_client ON client_reads (client_id, id);

        CREATE FUNCTION posts_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO cube_dirty_days (day) SELECT DISTINCT day FROM inserted ORDER BY day;
            RETURN NULL;
        END $$;
        CREATE TRIGGER posts_inserted AFTER INSERT ON posts
            REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION posts_inserted();

        -- Both days of a moved post; the old author of a re-authored one.
        CREATE FUNCTION posts_updated() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO cube_dirty_days (day)
                SELECT day FROM before_rows UNION SELECT day FROM after_rows ORDER BY day;
            INSERT INTO cube_member_checks (author_key)
                SELECT DISTINCT b.author_key FROM before_rows b JOIN after_rows a ON a.id = b.id WHERE a.author_key <> b.author_key;
            RETURN NULL;
        END $$;
        CREATE TRIGGER posts_updated AFTER UPDATE ON posts
            REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows FOR EACH STATEMENT EXECUTE FUNCTION posts_updated();

        -- A deleted post (its own deletion or its author's opt-out) leaves every run that quoted it stale, and its quoted
        -- text leaves the server-side copy, in the deleting transaction (privacy rule 3). One removal per quoted post.
        CREATE FUNCTION posts_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO cube_dirty_days (day) SELECT DISTINCT day FROM gone ORDER BY day;
            INSERT INTO cube_member_checks (author_key) SELECT DISTINCT author_key FROM gone;
            UPDATE report_runs r SET removals = r.removals + q.posts
              FROM (SELECT run_id, count(DISTINCT post_id) AS posts FROM report_run_quotes
                     WHERE post_id IN (SELECT post_id FROM gone) GROUP BY run_id) q
             WHERE r.id = q.run_id;
            DELETE FROM report_run_quotes WHERE post_id IN (SELECT post_id FROM gone);
            RETURN NULL;
        END $$;
        CREATE TRIGGER posts_deleted AFTER DELETE ON posts
            REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION posts_deleted();
        """;
}
