namespace Sermo.Worker.Tests.Cli;

/// <summary>`train names-rotation`: the leave-one-round-out figure of the name detector (decisions 129, 134); writes no model.</summary>
[Collection("Console")]
public sealed class TrainNamesRotationVerbTests : IDisposable
{
    private readonly TempDataFolder _folder = new("train-names-rotation");

    private string Gold => Path.Combine(_folder, "gold");

    private string Samples => Path.Combine(_folder, "samples");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task NamesRotation_Help_ListsRoundsAlsoWithoutGoldAndSamples()
    {
        var (exit, output, _) = await CliRun.RunAsync("train", "names-rotation", "--help");

        exit.Should().Be(0);
        output.Should().Contain("--rounds").And.Contain("--also-without").And.Contain("--gold").And.Contain("--samples");
    }

    [Theory]
    [InlineData("ten")]
    [InlineData("16-10")]
    [InlineData("8-12")]
    public async Task NamesRotation_BadRounds_ExitTwoNamingTheOption(string rounds)
    {
        SmallGoldFolder.Write(Gold, Samples);

        var (exit, _, error) = await CliRun.RunAsync("train", "names-rotation", "--rounds", rounds, "--gold", Gold, "--samples", Samples);

        exit.Should().Be(2);
        error.Should().Contain("--rounds '" + rounds + "'");
    }

    [Fact]
    public async Task NamesRotation_RoundFileMissing_ExitTwoNamingIt()
    {
        SmallGoldFolder.Write(Gold, Samples);

        var (exit, _, error) = await CliRun.RunAsync("train", "names-rotation", "--rounds", "18", "--gold", Gold, "--samples", Samples);

        exit.Should().Be(2);
        error.Should().Contain("not a complete gold folder").And.Contain("round18.jsonl");
    }

    [Fact]
    public async Task NamesRotation_TwoRoundsOfASmallFolder_PrintsEachFoldAndTheMeanAndWritesNothing()
    {
        SmallGoldFolder.Write(Gold, Samples);
        var before = Directory.GetFiles(_folder, "*", SearchOption.AllDirectories).Length;

        var (exit, output, error) = await CliRun.RunAsync("train", "names-rotation", "--rounds", "14,15", "--gold", Gold, "--samples", Samples);

        exit.Should().Be(0, error);
        output.Should().Contain("round 14: training without Round14/round14.jsonl")
            .And.Contain("round 15: training without Round15/round15.jsonl and without round 16's lists and templates")
            .And.Contain("| 14 |").And.Contain("| 15 |").And.Contain("mean of rounds 14,15: recall");
        Directory.GetFiles(_folder, "*", SearchOption.AllDirectories).Length.Should().Be(before, "the rotation writes no model");
    }
}
