using Sermo.Storage.Sqlite;

namespace Sermo.Storage.Tests;

/// <summary>Tests of what only the SQLite store has (FTS5 tables, the WAL, migrations of older files): a fresh file per test.</summary>
public abstract class TempStore : StoreTest
{
    private readonly SqliteStoreBackend _sqlite = new();

    protected string ConnectionString => _sqlite.ConnectionString;

    protected new SqliteDatabase Database => _sqlite.Database;

    protected override StoreBackend CreateBackend() => _sqlite;
}
