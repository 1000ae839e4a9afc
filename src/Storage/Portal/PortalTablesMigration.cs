namespace Sermo.Storage.Portal;

/// <summary>
/// The portal's own tables (accounts, API keys as hashes, refused requests, account changes, client alerts) as a step of
/// the store's migrations, so they live on whichever backend <c>Storage:Provider</c> names and hosts sharing a
/// PostgreSQL store share accounts (decision 051). On SQLite every table is created only if missing: data folders the
/// portal wrote before (it created these tables itself, decision 023) keep their rows in place, read as they are.
/// </summary>
internal static class PortalTablesMigration
{
    public const string Sqlite = """
        CREATE TABLE IF NOT EXISTS portal_accounts (
            account_id      TEXT PRIMARY KEY,
            email_key       TEXT NOT NULL UNIQUE,
            email           TEXT NOT NULL,
            role            TEXT NOT NULL,
            client_id       TEXT,
            password_hash   TEXT,
            failed_sign_ins INTEGER NOT NULL DEFAULT 0,
            locked_until    TEXT,
            security_stamp  TEXT NOT NULL,
            created_at      TEXT NOT NULL,
            disabled_at     TEXT,
            CHECK ((role = 'client') = (client_id IS NOT NULL))
        );
        CREATE TABLE IF NOT EXISTS portal_api_keys (
            key_id      TEXT PRIMARY KEY,
            account_id  TEXT NOT NULL REFERENCES portal_accounts(account_id),
            name        TEXT NOT NULL,
            key_hash    TEXT NOT NULL UNIQUE,
            created_at  TEXT NOT NULL,
            expires_at  TEXT NOT NULL,
            revoked_at  TEXT
        );
        CREATE INDEX IF NOT EXISTS ix_portal_api_keys_account ON portal_api_keys(account_id);
        CREATE TABLE IF NOT EXISTS portal_refusals (
            id          INTEGER PRIMARY KEY,
            at          TEXT NOT NULL,
            method      TEXT NOT NULL,
            path        TEXT NOT NULL,
            caller      TEXT,
            reason      TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS portal_account_changes (
            id          INTEGER PRIMARY KEY,
            at          TEXT NOT NULL,
            account_id  TEXT NOT NULL REFERENCES portal_accounts(account_id),
            change      TEXT NOT NULL,
            actor       TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS alert_rules (
            rule_id     INTEGER PRIMARY KEY,
            client_id   TEXT NOT NULL,
            term        TEXT NOT NULL,
            kind        TEXT NOT NULL,
            threshold   REAL NOT NULL,
            created_at  TEXT NOT NULL,
            UNIQUE (client_id, term, kind)
        );
        CREATE TABLE IF NOT EXISTS alert_targets (
            client_id      TEXT PRIMARY KEY,
            webhook_url    TEXT,
            webhook_secret TEXT,
            email          TEXT
        );
        CREATE TABLE IF NOT EXISTS alerts (
            alert_id    INTEGER PRIMARY KEY,
            client_id   TEXT NOT NULL,
            term        TEXT NOT NULL,
            day         TEXT NOT NULL,
            body        TEXT NOT NULL,
            created_at  TEXT NOT NULL,
            UNIQUE (client_id, term, day)
        );
        CREATE TABLE IF NOT EXISTS alert_deliveries (
            delivery_id INTEGER PRIMARY KEY,
            alert_id    INTEGER NOT NULL REFERENCES alerts(alert_id),
            channel     TEXT NOT NULL,
            attempts    INTEGER NOT NULL DEFAULT 0,
            outcome     TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS alert_attempts (
            id          INTEGER PRIMARY KEY,
            delivery_id INTEGER NOT NULL REFERENCES alert_deliveries(delivery_id),
            attempt     INTEGER NOT NULL,
            outcome     TEXT NOT NULL,
            detail      TEXT,
            at          TEXT NOT NULL
        );
        """;

    public const string Postgres = """
        CREATE TABLE portal_accounts (
            account_id      text PRIMARY KEY,
            email_key       text NOT NULL UNIQUE,
            email           text NOT NULL,
            role            text NOT NULL,
            client_id       text,
            password_hash   text,
            failed_sign_ins integer NOT NULL DEFAULT 0,
            locked_until    timestamptz,
            security_stamp  text NOT NULL,
            created_at      timestamptz NOT NULL,
            disabled_at     timestamptz,
            CHECK ((role = 'client') = (client_id IS NOT NULL))
        );
        CREATE TABLE portal_api_keys (
            key_id      text PRIMARY KEY,
            account_id  text NOT NULL REFERENCES portal_accounts(account_id),
            name        text NOT NULL,
            key_hash    text NOT NULL UNIQUE,
            created_at  timestamptz NOT NULL,
            expires_at  timestamptz NOT NULL,
            revoked_at  timestamptz
        );
        CREATE INDEX ix_portal_api_keys_account ON portal_api_keys(account_id);
        CREATE TABLE portal_refusals (
            id          bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            at          timestamptz NOT NULL,
            method      text NOT NULL,
            path        text NOT NULL,
            caller      text,
            reason      text NOT NULL
        );
        CREATE TABLE portal_account_changes (
            id          bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            at          timestamptz NOT NULL,
            account_id  text NOT NULL REFERENCES portal_accounts(account_id),
            change      text NOT NULL,
            actor       text NOT NULL
        );
        CREATE TABLE alert_rules (
            rule_id     bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            client_id   text NOT NULL,
            term        text NOT NULL,
            kind        text NOT NULL,
            threshold   double precision NOT NULL,
            created_at  timestamptz NOT NULL,
            UNIQUE (client_id, term, kind)
        );
        CREATE TABLE alert_targets (
            client_id      text PRIMARY KEY,
            webhook_url    text,
            webhook_secret text,
            email          text
        );
        CREATE TABLE alerts (
            alert_id    bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            client_id   text NOT NULL,
            term        text NOT NULL,
            day         date NOT NULL,
            body        text NOT NULL,
            created_at  timestamptz NOT NULL,
            UNIQUE (client_id, term, day)
        );
        CREATE TABLE alert_deliveries (
            delivery_id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            alert_id    bigint NOT NULL REFERENCES alerts(alert_id),
            channel     text NOT NULL,
            attempts    integer NOT NULL DEFAULT 0,
            outcome     text NOT NULL
        );
        CREATE TABLE alert_attempts (
            id          bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            delivery_id bigint NOT NULL REFERENCES alert_deliveries(delivery_id),
            attempt     integer NOT NULL,
            outcome     text NOT NULL,
            detail      text,
            at          timestamptz NOT NULL
        );
        """;
}
