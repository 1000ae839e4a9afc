using Microsoft.Data.Sqlite;
using Sermo.Storage.Portal;
using Sermo.Storage.Sqlite;

namespace Sermo.Storage.Tests.Portal;

/// <summary>A data folder the portal wrote before its tables were a migration step: the rows are read in place.</summary>
public sealed class SqlitePortalTablesMigrationTests : TempStore
{
    private const string PreviousSchema = """
        CREATE TABLE portal_accounts (
            account_id TEXT PRIMARY KEY, email_key TEXT NOT NULL UNIQUE, email TEXT NOT NULL, role TEXT NOT NULL, client_id TEXT,
            password_hash TEXT, failed_sign_ins INTEGER NOT NULL DEFAULT 0, locked_until TEXT, security_stamp TEXT NOT NULL,
            created_at TEXT NOT NULL, disabled_at TEXT, CHECK ((role = 'client') = (client_id IS NOT NULL)));
        CREATE TABLE portal_api_keys (
            key_id TEXT PRIMARY KEY, account_id TEXT NOT NULL REFERENCES portal_accounts(account_id), name TEXT NOT NULL,
            key_hash TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, expires_at TEXT NOT NULL, revoked_at TEXT);
        CREATE INDEX ix_portal_api_keys_account ON portal_api_keys(account_id);
        CREATE TABLE portal_refusals (id INTEGER PRIMARY KEY, at TEXT NOT NULL, method TEXT NOT NULL, path TEXT NOT NULL, caller TEXT, reason TEXT NOT NULL);
        CREATE TABLE alert_rules (
            rule_id INTEGER PRIMARY KEY, client_id TEXT NOT NULL, term TEXT NOT NULL, kind TEXT NOT NULL, threshold REAL NOT NULL,
            created_at TEXT NOT NULL, UNIQUE (client_id, term, kind));
        CREATE TABLE alert_targets (client_id TEXT PRIMARY KEY, webhook_url TEXT, webhook_secret TEXT, email TEXT);
        CREATE TABLE alerts (
            alert_id INTEGER PRIMARY KEY, client_id TEXT NOT NULL, term TEXT NOT NULL, day TEXT NOT NULL, body TEXT NOT NULL,
            created_at TEXT NOT NULL, UNIQUE (client_id, term, day));
        CREATE TABLE alert_deliveries (
            delivery_id INTEGER PRIMARY KEY, alert_id INTEGER NOT NULL REFERENCES alerts(alert_id), channel TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0, outcome TEXT NOT NULL);
        CREATE TABLE alert_attempts (
            id INTEGER PRIMARY KEY, delivery_id INTEGER NOT NULL REFERENCES alert_deliveries(delivery_id), attempt INTEGER NOT NULL,
            outcome TEXT NOT NULL, detail TEXT, at TEXT NOT NULL);

        """;

    [Fact]
    public async Task Migrate_FileWithThePortalsOwnTables_AccountsKeysRefusalsAndAlertsReadInPlace()
    {
        await using (var old = new SqliteConnection(ConnectionString))
        {
            await old.OpenAsync(Ct);
            await SqliteMigrations.ApplyAsync(old, Ct, version: SqliteMigrations.Before(PortalTablesMigration.Sqlite));
            await using var command = old.CreateCommand();
            // The tables as the portal created them itself (decision 023), times as it wrote them ("…Z").
            command.CommandText = PreviousSchema + """
                INSERT INTO portal_accounts (account_id, email_key, email, role, client_id, password_hash, failed_sign_ins, locked_until, security_stamp, created_at)
                VALUES ('acct_1', 'OPS@SERMO.TEST', 'ops@sermo.test', 'operator', NULL, 'hash', 2, NULL, 'stamp', '2026-11-01T09:00:00.0000000Z');
                INSERT INTO portal_api_keys (key_id, account_id, name, key_hash, created_at, expires_at)
                VALUES ('key_1', 'acct_1', 'nightly', 'h1', '2026-11-01T09:00:00.0000000Z', '2027-01-30T09:00:00.0000000Z');
                INSERT INTO portal_refusals (at, method, path, caller, reason) VALUES ('2026-11-02T10:00:00.0000000Z', 'GET', '/jobs', NULL, 'no-credentials');
                INSERT INTO alert_rules (client_id, term, kind, threshold, created_at) VALUES ('acme', 'Keytruda', 'spike', 2.5, '2026-11-03T08:00:00.0000000Z');
                """;
            await command.ExecuteNonQueryAsync(Ct);
        }

        SqliteConnection.ClearAllPools();
        var created = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

        var keys = new PortalApiKeyTable(Database);
        var live = await keys.AuthenticateAsync("h1", new DateTimeOffset(2027, 1, 30, 8, 59, 0, TimeSpan.Zero), Ct);
        var expired = await keys.AuthenticateAsync("h1", new DateTimeOffset(2027, 1, 30, 9, 0, 1, TimeSpan.Zero), Ct);

        live!.Value.Account.Should().Be(new PortalAccount("acct_1", "ops@sermo.test", "operator", null, "stamp", created, null));
        expired.Should().BeNull();
        (await new PortalAccountTable(Database).CredentialsAsync("acct_1", Ct)).Should().Be(new PortalCredentials("acct_1", "hash", 2, null, false));
        (await new AccessRefusalTable(Database).ListAsync(10, Ct)).Should().ContainSingle().Which.Path.Should().Be("/jobs");
        (await new AlertSubscriptionTable(Database).ListRulesAsync("acme", Ct)).Should().ContainSingle().Which.Threshold.Should().Be(2.5);
        (await new PortalAccountTable(Database).UnlockAsync("OPS@SERMO.TEST", "cli:test", created.AddDays(40), Ct)).Should().NotBeNull("the audit table is added beside the old ones");
        (await ScalarAsync("PRAGMA user_version")).Should().Be(SqliteMigrations.Latest);
    }
}
