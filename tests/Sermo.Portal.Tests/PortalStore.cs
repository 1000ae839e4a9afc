using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Sermo.Portal.Access;
using Sermo.Storage;
using Sermo.Storage.Portal;
using Sermo.Storage.Sqlite;

namespace Sermo.Portal.Tests;

/// <summary>The portal's account and key stores over a fresh SQLite file, on a clock the test moves.</summary>
internal sealed class PortalStore : IDisposable
{
    private readonly TempDataFolder _folder = new("portal-store");

    public PortalStore(PortalAccessOptions? options = null)
    {
        var storage = Options.Create(new StorageOptions { ConnectionString = new SqliteConnectionStringBuilder { DataSource = DatabasePath }.ToString() });
        var database = new SqliteDatabase(storage);
        var access = Options.Create(options ?? new PortalAccessOptions());
        AccountTable = new PortalAccountTable(database);
        Accounts = new PortalAccounts(AccountTable, Clock, access);
        PasswordChanges = new PortalPasswordChanges(Accounts);
        Keys = new PortalApiKeys(new PortalApiKeyTable(database), Clock, access);
        Refusals = new AccessRefusals(new AccessRefusalTable(database), Clock);
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));

    public PortalAccounts Accounts { get; }

    public PortalAccountTable AccountTable { get; }

    public PortalPasswordChanges PasswordChanges { get; }

    public PortalApiKeys Keys { get; }

    public AccessRefusals Refusals { get; }

    public string DatabasePath => Path.Combine(_folder, "sermo.db");

    /// <summary>Every byte written to the database and its log, as text, for looking for what must not be stored.</summary>
    public string StoredText()
    {
        SqliteConnection.ClearAllPools();
        return string.Concat(new[] { DatabasePath, DatabasePath + "-wal" }.Where(File.Exists).Select(f => System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(f))));
    }

    public void Dispose() => _folder.Dispose();
}
