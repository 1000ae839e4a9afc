using System.Text;
using Microsoft.Data.Sqlite;
using Sermo.Worker.Tests.Crash;

namespace Sermo.Worker.Tests.Cli;

/// <summary>
/// An operator's loop through the real verbs on a real data folder: ingest, list, show, fix the file, replay. The same
/// suite runs on each store backend (<see cref="DeadLetterVerbSqliteTests"/>, <see cref="DeadLetterVerbPostgresTests"/>).
/// </summary>
public abstract class DeadLetterVerbSuite : IAsyncLifetime
{
    private readonly TempDataFolder _data = new("deadletter-verbs");

    protected string Data => _data;

    internal abstract CrashBackend Backend { get; }

    public async Task InitializeAsync()
    {
        // Verbs other than demo work on an existing data folder's database.
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(Data, "sermo.db")}"))
        {
            await connection.OpenAsync();
        }

        await Backend.CreateAsync(Data);
    }

    public async Task DisposeAsync()
    {
        await Backend.DropAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task DeadLetters_ListShowThenReplayAfterTheFileIsFixed_PostStoredAndRowClosed()
    {
        var drop = Path.Combine(Data, "drop");
        Directory.CreateDirectory(drop);
        var file = Path.Combine(drop, "partner.jsonl");
        const string good = """{"id":"p1","author":"partner-1","createdAt":"2026-03-02T10:00:00Z","text":"Eliquis dose question"}""";
        const string ancient = """{"id":"p2","author":"partner-2","createdAt":"0001-01-01T00:00:00Z","text":"Call 555-201-3344 about the apixaban bleed"}""";
        await File.WriteAllTextAsync(file, good + "\n" + ancient + "\n", new UTF8Encoding(false));
        var ingest = await RunAsync("ingest", "--data", Data);
        ingest.Exit.Should().Be(0, ingest.Error);

        var (listed, list, _) = await RunAsync("deadletters", "list", "--data", Data);
        var (shown, show, _) = await RunAsync("deadletters", "show", "1", "--data", Data);

        listed.Should().Be(0);
        list.Should().Contain("records by reason: bad-timestamp 1").And.Contain("#1 ").And.Contain("drop:partner.jsonl");
        shown.Should().Be(0);
        show.Should().Contain("bad-timestamp").And.Contain("[PHONE]").And.NotContain("555-201-3344", "show prints the record scrubbed");

        await File.WriteAllTextAsync(file, good + "\n" + ancient.Replace("0001-01-01", "2026-03-02", StringComparison.Ordinal) + "\n",
            new UTF8Encoding(false));
        var (replayed, _, replayError) = await RunAsync("deadletters", "replay", "--all", "--data", Data);

        replayed.Should().Be(0, replayError);
        (await RunAsync("deadletters", "list", "--data", Data)).Output.Should().StartWith("no dead letters");
        (await RunAsync("deadletters", "list", "--replayed", "--data", Data)).Output.Should().Contain("#1 ");
        // Read from the store: the query verb refuses a match from fewer than k authors (privacy rule P12).
        StoredPostsMentioning("apixaban").Should().Be(1);
    }

    /// <summary>Runs one sermo command line against this suite's data folder and store.</summary>
    protected abstract Task<(int Exit, string Output, string Error)> RunAsync(params string[] args);

    // The word is the test's own literal, never input: inlined so one SQL text serves both backends.
    private long StoredPostsMentioning(string word) =>
        long.Parse(Backend.Lines(Data, $"SELECT count(*) FROM posts WHERE text LIKE '%{word}%'").Single(), System.Globalization.CultureInfo.InvariantCulture);
}
