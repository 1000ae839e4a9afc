using System.Text;
using System.Text.Json;

namespace Sermo.Worker.Tests.Cli;

/// <summary>The file verbs (scrub, tag) on bad input: every good line is written in order, every bad line reported.</summary>
[Collection("Console")]
public sealed class JsonlVerbTests : IDisposable
{
    private readonly TempDataFolder _folder = new("jsonl");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Scrub_BadLinesAmongGoodOnes_RejectsFileNamesEachBadLineStderrOneLineExitsOne()
    {
        var input = Write(
            """{"id":1,"text":"Dr. Okafor saw her on 3/4/2025."}""",
            """{"id":2,"text": """,
            """["not","an","object"]""",
            """{"id":3}""",
            """{"id":4,"text":"Call 555-123-4567 today."}""",
            """{"id":5,"text":"Cut emoji \ud83d and a lone low \udc00 here, call 555-123-4567."}""",
            "",
            """{"id":{"thread":7,"post":"a"},"text":"Nothing to remove."}""");

        var (exit, stdout, stderr) = await RunScrub(input, "-");

        exit.Should().Be(1);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        lines.Select(l => l.GetProperty("id").GetRawText()).Should().Equal("1", "4", "5", """{"thread":7,"post":"a"}""");
        lines[0].GetProperty("text").GetString().Should().Be("Dr. [NAME] saw her on [DATE].");
        lines[2].GetProperty("text").GetString().Should().Be("Cut emoji \uFFFD and a lone low \uFFFD here, call [PHONE].");
        Rejects(input + ".rejects.jsonl").Should().Equal((2, "malformed-json"), (3, "malformed-json"), (4, "missing-text"));
        stderr.Trim().Should().NotContain("\n", "bad lines go to the rejects file; stderr gets one summary line")
            .And.Contain("3 of 8 lines rejected").And.Contain(input + ".rejects.jsonl").And.Contain("malformed-json 2").And.Contain("missing-text 1");
    }

    [Fact]
    public async Task Scrub_InvalidUtf8Byte_ReadAsReplacementCharacterAndScrubbed()
    {
        var input = Path.Combine(_folder.Path, "bytes.jsonl");
        var bytes = new List<byte>();
        bytes.AddRange(Encoding.UTF8.GetBytes("""{"id":"a","text":"Bad byte """));
        bytes.Add(0xFF);
        bytes.AddRange(Encoding.UTF8.GetBytes(""" then MRN 12345678."}""" + "\n"));
        await File.WriteAllBytesAsync(input, bytes.ToArray());

        var (exit, stdout, _) = await RunScrub(input, "-");

        exit.Should().Be(0);
        JsonDocument.Parse(stdout).RootElement.GetProperty("text").GetString().Should().Be("Bad byte \uFFFD then MRN [MRN].");
    }

    [Fact]
    public async Task Scrub_ManyLines_OutputInInputOrderWithSpansIntoTheInput()
    {
        var texts = Enumerable.Range(0, 5000).Select(i => i % 7 == 0 ? $"Post {i}: call 555-{100 + (i % 800):D3}-4567 now." : $"Post {i} about Eliquis.").ToArray();
        var input = Write(texts.Select((t, i) => JsonSerializer.Serialize(new { id = i, text = t })).ToArray());
        var output = Path.Combine(_folder.Path, "out.jsonl");

        var (exit, _, _) = await RunScrub(input, output);

        exit.Should().Be(0);
        var lines = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        lines.Select(l => l.GetProperty("id").GetInt32()).Should().Equal(Enumerable.Range(0, 5000));
        foreach (var line in lines.Where(l => l.GetProperty("id").GetInt32() % 7 == 0))
        {
            var span = line.GetProperty("spans")[0];
            var original = texts[line.GetProperty("id").GetInt32()];
            original[span.GetProperty("start").GetInt32()..span.GetProperty("end").GetInt32()].Should().MatchRegex(@"^555-\d{3}-4567$");
            span.GetProperty("type").GetString().Should().Be("PHONE");
        }
    }

    [Fact]
    public async Task Scrub_BadLinesInSeveralBatches_EachReportedOnceAndEveryGoodLineWrittenOnce()
    {
        // 6,000 lines are six batches of 1,024, so written batches are emptied and refilled (decision 068): a batch that kept
        // its lines, output or rejects would repeat them here.
        var lines = Enumerable.Range(1, 6000).Select(i => i is 10 or 2500 or 5999 ? """{"id":0,"text": """ : JsonSerializer.Serialize(new { id = i, text = $"Post {i}, call 555-123-4567." })).ToArray();
        var input = Write(lines);
        var output = Path.Combine(_folder.Path, "out.jsonl");

        var (exit, _, _) = await RunScrub(input, output);

        exit.Should().Be(1);
        var written = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        written.Select(l => l.GetProperty("id").GetInt32()).Should().Equal(Enumerable.Range(1, 6000).Where(i => i is not (10 or 2500 or 5999)));
        written.Should().OnlyContain(l => l.GetProperty("text").GetString()!.EndsWith("call [PHONE].", StringComparison.Ordinal));
        Rejects(output + ".rejects.jsonl").Should().Equal((10, "malformed-json"), (2500, "malformed-json"), (5999, "malformed-json"));
    }

    [Fact]
    public async Task Tag_BadLineAmongGoodOnes_GoodLinesTaggedBadLineReported()
    {
        var input = Write(
            """{"id":"a","text":"Started Eliquis for AFib."}""",
            """{"id":"b","text":42}""",
            """{"id":"c","text":"Lone \ud800 surrogate, then Xarelto."}""");

        var (exit, stdout, stderr) = await CliRun.RunAsync("tag", "--in", input, "--out", "-");

        exit.Should().Be(1);
        var ids = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToArray();
        ids.Should().Equal("a", "c");
        stdout.Should().Contain("\"Eliquis\"", "the tagger ran on the good lines").And.Contain("\"Xarelto\"");
        Rejects(input + ".rejects.jsonl").Should().Equal((2, "missing-text"));
        stderr.Trim().Should().NotContain("\n").And.Contain("1 of 3 lines rejected");
    }

    [Fact]
    public async Task Scrub_JunkBytesFile_OneStderrLineRejectsBesideOutputExitsOne()
    {
        var input = Path.Combine(_folder.Path, "junk.bin");
        var junk = new byte[64 << 10];
        new Random(20).NextBytes(junk);
        File.WriteAllBytes(input, junk);
        var output = Path.Combine(_folder.Path, "out.jsonl");

        var (exit, _, stderr) = await RunScrub(input, output);

        exit.Should().Be(1);
        stderr.Trim().Should().NotContain("\n", "dozens of junk lines are one summary line");
        var rejects = Rejects(output + ".rejects.jsonl");
        rejects.Should().HaveCountGreaterThan(10).And.OnlyContain(r => r.Reason == "malformed-json" || r.Reason == "line-too-long");
        File.ReadAllText(output).Should().BeEmpty();
    }

    [Fact]
    public async Task Tag_ExplicitRejectsPath_UsedAndAStaleOneFromAnEarlierRunRemovedWhenAllLinesAreGood()
    {
        var rejects = Path.Combine(_folder.Path, "bad.jsonl");
        var (exit, _, stderr) = await CliRun.RunAsync("tag", "--in", Write("""{"id":1,"text":7}"""), "--out", "-", "--rejects", rejects);
        exit.Should().Be(1);
        Rejects(rejects).Should().Equal((1, "missing-text"));

        (exit, _, stderr) = await CliRun.RunAsync("tag", "--in", Write("""{"id":1,"text":"Eliquis"}"""), "--out", "-", "--rejects", rejects);

        exit.Should().Be(0, stderr);
        File.Exists(rejects).Should().BeFalse("a rejects file always belongs to the last run");
    }

    [Fact]
    public async Task Scrub_RejectsPathIsTheInput_ExitTwoOneLineInputUntouched()
    {
        var input = Write("""{"id":1,"text":"x"}""");

        var (exit, _, stderr) = await CliRun.RunAsync("scrub", "--in", input, "--out", "-", "--rejects", input);

        exit.Should().Be(2);
        stderr.Trim().Should().StartWith("error: --rejects").And.NotContain("\n");
        File.ReadAllText(input).Should().Contain("\"text\":\"x\"");
    }

    [Theory]
    [InlineData("tag")]
    [InlineData("scrub")]
    public async Task FileVerb_OutIsAFolder_ExitTwoOneLineNamingOut(string verb)
    {
        var input = Write("""{"id":1,"text":"Restarted apixaban after the bleed."}""");
        var folder = Directory.CreateDirectory(Path.Combine(_folder.Path, $"out-{Guid.NewGuid():N}")).FullName;

        // Found by fuzz seed 20261205: `tag --out FOLDER` was "internal error: UnauthorizedAccessException", exit 1.
        var (exit, _, stderr) = await CliRun.RunAsync(verb, "--in", input, "--out", folder, "--rejects", Path.Combine(_folder.Path, "r.jsonl"));

        exit.Should().Be(2, stderr);
        stderr.Trim().Should().StartWith("error: --out").And.NotContain("\n");
    }

    [Fact]
    public async Task Scrub_OutInAFolderThatDoesNotExist_ExitTwoOneLineNamingOut()
    {
        var input = Write("""{"id":1,"text":"x"}""");

        var (exit, _, stderr) = await CliRun.RunAsync(
            "scrub", "--in", input, "--out", Path.Combine(_folder.Path, "no-such-folder", "out.jsonl"), "--rejects", Path.Combine(_folder.Path, "r.jsonl"));

        exit.Should().Be(2, stderr);
        stderr.Trim().Should().StartWith("error: --out").And.NotContain("\n");
    }

    private static (int Line, string Reason)[] Rejects(string path) =>
        File.ReadAllLines(path).Select(l => JsonDocument.Parse(l).RootElement)
            .Select(r => (r.GetProperty("line").GetInt32(), r.GetProperty("reason").GetString()!.Split(':')[0])).ToArray();

    private Task<(int Exit, string Output, string Error)> RunScrub(string input, string output) => CliRun.RunAsync("scrub", "--in", input, "--out", output);

    private string Write(params string[] lines)
    {
        var path = Path.Combine(_folder.Path, $"in-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }
}
