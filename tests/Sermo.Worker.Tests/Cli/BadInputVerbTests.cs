using Microsoft.Data.Sqlite;
using Sermo.TestSupport;

namespace Sermo.Worker.Tests.Cli;

/// <summary>README's promise for bad CLI input: exit 2 and one line on stderr, never a stack trace.</summary>
[Collection("Console")]
public sealed class BadInputVerbTests : IDisposable
{
    private readonly TempDataFolder _data = new("bad-input");

    public BadInputVerbTests()
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_data, "sermo.db")}");
        connection.Open();
    }

    public void Dispose()
    {
        _data.Dispose();
    }

    [Theory]
    [InlineData("query", "eliquis", "--cursor", "zzz")]
    [InlineData("query", "eliquis", "--size", "-1")]
    [InlineData("query", "(eliquis")]
    [InlineData("query", "*")]
    [InlineData("query", "eliquis", "--size", "lots")]
    [InlineData("query", "eliquis", "--interval", "fortnight")]
    [InlineData("query", "eliquis", "--no-such-option")]
    [InlineData("no-such-verb")]
    [InlineData("deadletters", "show", "999")]
    [InlineData("deadletters", "replay")]
    [InlineData("deadletters", "list", "--limit", "0")]
    [InlineData("report", "--as-of", "0001-01-01")]
    [InlineData("report", "--as-of", "9999-12-31")]
    [InlineData("report", "--as-of", "1999-12-31")]
    public async Task Verb_BadInput_ExitTwoWithOneLine(params string[] args)
    {
        var (exit, _, error) = await CliRun.RunAsync([.. args, "--data", _data]);

        exit.Should().Be(2, error);
        error.TrimEnd('\n').Should().NotContain("\n").And.StartWith("error:").And.NotContain("   at ");
    }

    [Fact]
    public async Task TopicsEmerging_WeekOfYear9999OnAStoreWithPosts_ExitTwoOneLineNotAnInternalError()
    {
        // The second full fuzz run's find: the week's baseline arithmetic overflowed (ArgumentOutOfRangeException, exit 1).
        Directory.CreateDirectory(Path.Combine(_data, "drop"));
        await File.WriteAllTextAsync(Path.Combine(_data, "drop", "p.jsonl"),
            "{\"id\":\"t1\",\"author\":\"partner-1\",\"createdAt\":\"2026-03-02T10:00:00Z\",\"text\":\"Started Eliquis.\"}\n");
        (await CliRun.RunAsync("ingest", "--data", _data)).Exit.Should().Be(0);

        var (exit, _, error) = await CliRun.RunAsync("topics", "emerging", "--week", "9999-12-31", "--data", _data);

        exit.Should().Be(2, error);
        error.TrimEnd('\n').Should().NotContain("\n").And.StartWith("error: --week 9999-12-31 is outside");
    }

    [Fact]
    public async Task EvalTags_GoldFileOfPlainPostsWithALoneSurrogate_ExitTwoNamingFileAndLine()
    {
        // The fuzz run's file: drop-format lines (no "entities"), one with a lone surrogate; it was a NullReferenceException.
        var gold = Path.Combine(_data, "surrogate.jsonl");
        await File.WriteAllTextAsync(gold, "{\"id\":\"a\",\"text\":\"ok\"}\n{\"id\":\"b\",\"text\":\"\\ud800 lone\"}\n");

        var (exit, _, error) = await CliRun.RunAsync("eval", "tags", "--gold", gold, "--data", "/dev/null");

        exit.Should().Be(2, error);
        error.TrimEnd('\n').Should().NotContain("\n").And.StartWith($"error: malformed JSON input: {gold}:1: ");
    }

    [Fact]
    public async Task Query_NinetySixOredTerms_Answered()
    {
        var (exit, output, error) = await CliRun.RunAsync("query", HostileQueries.OrChain("eliquis", 96), "--data", _data);

        exit.Should().Be(0, error);
        // No match is answered like a match from fewer than k authors (privacy rule P12): refused, never an error.
        output.Should().StartWith("refused: ");
    }

    [Fact]
    public async Task Query_ArgumentStartingWithAt_IsAQueryNotAResponseFile()
    {
        var (exit, output, error) = await CliRun.RunAsync("query", "@/etc/passwd", "--data", _data);

        exit.Should().Be(0, error);
        output.Should().StartWith("refused: ", "it is the phrase \"etc passwd\" (no match, refused under P12), not a file of arguments");
    }
}
