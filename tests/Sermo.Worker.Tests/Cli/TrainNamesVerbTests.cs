namespace Sermo.Worker.Tests.Cli;

/// <summary>`train names`: gold folder → the anonymizer's name/place weights file (decision 065), with clear errors for bad input.</summary>
[Collection("Console")]
public sealed class TrainNamesVerbTests : IDisposable
{
    private readonly TempDataFolder _folder = new("train-names");

    private string Gold => Path.Combine(_folder, "gold");

    private string Samples => Path.Combine(_folder, "samples");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task TrainNames_Help_ListsOutGoldAndSamples()
    {
        var (exit, output, _) = await CliRun.RunAsync("train", "names", "--help");

        exit.Should().Be(0);
        output.Should().Contain("--out").And.Contain("--gold").And.Contain("--samples");
    }

    [Fact]
    public async Task TrainNames_MissingGoldFolder_ExitTwoNamingTheFolder()
    {
        WriteSmallSet();
        var (exit, _, error) = await CliRun.RunAsync("train", "names", "--out", Path.Combine(_folder, "m.tsv"), "--gold", Path.Combine(_folder, "nowhere"), "--samples", Samples);

        exit.Should().Be(2);
        error.Trim().Should().StartWith("error: --gold").And.Contain("nowhere").And.NotContain("\n");
    }

    [Fact]
    public async Task TrainNames_GoldFolderWithoutRound8_ExitTwoNamingTheMissingFile()
    {
        WriteSmallSet();
        File.Delete(Path.Combine(Gold, "Round8", "round8.jsonl"));

        var (exit, _, error) = await CliRun.RunAsync("train", "names", "--out", Path.Combine(_folder, "m.tsv"), "--gold", Gold, "--samples", Samples);

        exit.Should().Be(2);
        error.Should().Contain("not a complete gold folder").And.Contain("round8.jsonl");
        File.Exists(Path.Combine(_folder, "m.tsv")).Should().BeFalse();
    }

    [Fact]
    public async Task TrainNames_BadLineInGoldFile_ExitTwoNamingFileAndLine()
    {
        WriteSmallSet();
        File.AppendAllText(Path.Combine(Gold, "Round7", "round7.jsonl"), "{\"id\":\"x\",\"text\":\"short\",\"identifiers\":[{\"start\":0,\"end\":99,\"type\":\"NAME\"}],\"clinicalTerms\":[]}\n");

        var (exit, _, error) = await CliRun.RunAsync("train", "names", "--out", Path.Combine(_folder, "m.tsv"), "--gold", Gold, "--samples", Samples);

        exit.Should().Be(2);
        error.Should().Contain("bad gold file").And.Contain("round7.jsonl line 3");
    }

    [Fact]
    public async Task TrainNames_SmallGoldFolder_WritesAReadableWeightsFileWithProgress()
    {
        WriteSmallSet();
        var model = Path.Combine(_folder, "name-token-model.tsv");

        var (exit, output, error) = await CliRun.RunAsync("train", "names", "--out", model, "--gold", Gold, "--samples", Samples);

        exit.Should().Be(0, error);
        output.Should().Contain("training on").And.Contain("chosen threshold").And.Contain("wrote " + model);
        var lines = File.ReadAllLines(model);
        lines[0].Should().StartWith("# Sermo learned name/place token detector");
        lines.Should().Contain("format\t1").And.Contain(l => l.StartsWith("threshold\t", StringComparison.Ordinal))
            .And.Contain(l => l.StartsWith("trained-on\t", StringComparison.Ordinal) && l.Contains("Round6-Round17", StringComparison.Ordinal));
        lines.Length.Should().BeGreaterThan(100, "a trained model has many non-zero weights");
    }

    private void WriteSmallSet() => SmallGoldFolder.Write(Gold, Samples);
}
