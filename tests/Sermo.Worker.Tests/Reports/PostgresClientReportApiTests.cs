using Sermo.TestSupport;

namespace Sermo.Worker.Tests.Reports;

/// <summary>The report API's privacy rules with <c>Storage:Provider=postgres</c>: the read audit, quotes and opt-out live in PostgreSQL.</summary>
// The served web app logs warnings to the console, which CLI tests capture: never run beside them.
[Collection("Console")]
public sealed class PostgresClientReportApiTests(PostgresDatabase postgres) : ClientReportApiContract, IClassFixture<PostgresDatabase>
{
    protected override async Task<Dictionary<string, string?>> StoreSettingsAsync()
    {
        // Each test starts from an empty store: every table emptied but the schema's version table.
        await postgres.ResetAsync("store_migrations");
        return new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "postgres",
            ["Storage:PostgresConnectionString"] = postgres.ConnectionString,
            ["Search:Provider"] = "postgres",
            ["Search:PostgresConnectionString"] = postgres.ConnectionString,
        };
    }
}
