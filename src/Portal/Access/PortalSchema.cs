namespace Sermo.Portal.Access;

/// <summary>
/// The portal's own tables in the data folder's SQLite file: accounts, API keys (hashes only), refused requests and
/// client alerts (rules, where they go, what fired and every delivery attempt; decision 027).
/// Created if missing, like the forum's tables, so the pipeline's migration list stays the pipeline's (decision 023).
/// </summary>
internal static class PortalSchema
{
    public const string Sql = """
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
}
