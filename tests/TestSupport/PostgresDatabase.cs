using Npgsql;

namespace Sermo.TestSupport;

/// <summary>
/// A fresh PostgreSQL database per fixture on the private server .ci/postgres starts (SERMO_TEST_POSTGRES).
/// A missing server fails the run with the command that starts one; it never skips.
/// </summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    public const string EnvironmentVariable = "SERMO_TEST_POSTGRES";

    private readonly string _name = "sermo_test_" + Guid.NewGuid().ToString("N")[..12];
    private string _admin = "";

    /// <summary>Connection string of this fixture's own database.</summary>
    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _admin = Environment.GetEnvironmentVariable(EnvironmentVariable)
            ?? "Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres";
        try
        {
            await using var connection = new NpgsqlConnection(_admin);
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {_name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException ex)
        {
            throw new InvalidOperationException(
                $"PostgreSQL is not reachable at '{_admin}'. Start the test server with `source .ci/postgres` (or set {EnvironmentVariable}).", ex);
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(_admin) { Database = _name }.ConnectionString;
    }

    /// <summary>
    /// Empties every table of the public schema but <paramref name="keep"/> (a schema's version table), keeping the
    /// schema and restarting identity numbers: the reset between tests.
    /// </summary>
    public async Task ResetAsync(params string[] keep)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            DO $$ DECLARE t text; BEGIN
              FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND NOT tablename = ANY(current_setting('sermo.keep')::text[]) LOOP
                EXECUTE format('TRUNCATE TABLE %I RESTART IDENTITY CASCADE', t);
              END LOOP;
            END $$;
            """, connection);
        await using (var setting = new NpgsqlCommand("SELECT set_config('sermo.keep', @keep, false)", connection))
        {
            setting.Parameters.AddWithValue("keep", "{" + string.Join(',', keep) + "}");
            await setting.ExecuteNonQueryAsync();
        }

        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
