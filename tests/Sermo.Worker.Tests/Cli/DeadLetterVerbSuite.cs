using System.Text;
using Microsoft.Data.Sqlite;

namespace Sermo.Worker.Tests.Cli;

/// <summary>An operator's loop through the real verbs on a real SQLite data folder: ingest, list, show, fix the file, replay.</summary>
[Collection("Console")]
public sealed class DeadLetterVerbTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("sermo-deadletter-verbs-").FullName;

    public DeadLetterVerbTests()
    {
        // Verbs other than demo work on an existing data folder's database.
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_data, "sermo.db")}");
        connection.Open();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task DeadLetters_ListShowThenReplayAfterTheFileIsFixed_PostStoredAndRowClosed()
    {
        var drop = Path.Combine(_data, "drop");
        Directory.CreateDirectory(drop);
        var file = Path.Combine(drop, "partner.jsonl");
        const string good = """{"id":"p1","author":"partner-1","createdAt":"2026-03-02T10:00:00Z","text":"Eliquis dose question"}""";
        const string ancient = """{"id":"p2","author":"partner-2","createdAt":"0001-01-01T00:00:00Z","text":"Call 555-201-3344 about the apixaban bleed"}""";
        await File.WriteAllTextAsync(file, good + "\n" + ancient + "\n", new UTF8Encoding(false));
        var ingest = await CliRun.RunAsync("ingest", "--data", _data);
        ingest.Exit.Should().Be(0, ingest.Error);

        var (listed, list, _) = await CliRun.RunAsync("deadletters", "list", "--data", _data);
        var (shown, show, _) = await CliRun.RunAsync("deadletters", "show", "1", "--data", _data);

        listed.Should().Be(0);
        list.Should().Contain("records by reason: bad-timestamp 1").And.Contain("#1 ").And.Contain("drop:partner.jsonl");
        shown.Should().Be(0);
        show.Should().Contain("bad-timestamp").And.Contain("[PHONE]").And.NotContain("555-201-3344", "show prints the record scrubbed");

        await File.WriteAllTextAsync(file, good + "\n" + ancient.Replace("0001-01-01", "2026-03-02", StringComparison.Ordinal) + "\n",
            new UTF8Encoding(false));
        var (replayed, _, replayError) = await CliRun.RunAsync("deadletters", "replay", "--all", "--data", _data);

        replayed.Should().Be(0, replayError);
        (await CliRun.RunAsync("deadletters", "list", "--data", _data)).Output.Should().StartWith("no dead letters");
        (await CliRun.RunAsync("deadletters", "list", "--replayed", "--data", _data)).Output.Should().Contain("#1 ");
        // Read from the store: the query verb refuses a match from fewer than k authors (privacy rule P12).
        StoredPostsMentioning("apixaban").Should().Be(1);
    }

    private long StoredPostsMentioning(string word)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_data, "sermo.db")}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM posts WHERE text LIKE '%' || $word || '%'";
        command.Parameters.AddWithValue("$word", word);
        return (long)command.ExecuteScalar()!;
    }
}
