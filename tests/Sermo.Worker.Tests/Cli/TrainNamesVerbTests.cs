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
            .And.Contain(l => l.StartsWith("trained-on\t", StringComparison.Ordinal) && l.Contains("Round8", StringComparison.Ordinal));
        lines.Length.Should().BeGreaterThan(100, "a trained model has many non-zero weights");
    }

    // A gold folder laid out as the repository's, two posts a file, and a samples folder with two forum posts.
    private void WriteSmallSet()
    {
        var post = "{\"id\":\"p1\",\"text\":\"Saw Oyelaran today, BP fine.\",\"identifiers\":[{\"start\":4,\"end\":12,\"type\":\"NAME\"}],\"clinicalTerms\":[]}\n"
            + "{\"id\":\"p2\",\"text\":\"Started Eliquis for the new AF.\",\"identifiers\":[],\"clinicalTerms\":[\"Eliquis\"]}\n";
        foreach (var file in new[] { "gold.jsonl", "Independent/tune.jsonl", "Independent/holdout.jsonl", "Round6/round6.jsonl", "Round7/round7.jsonl", "Round8/round8.jsonl", "Round9/round9.jsonl",
                     "Round10/round10.jsonl", "Round11/round11.jsonl", "Round12/round12.jsonl", "Round13/round13.jsonl", "Round14/round14.jsonl", "Fresh/fresh.jsonl" })
        {
            var path = Path.Combine(Gold, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, post);
        }

        Directory.CreateDirectory(Path.Combine(Gold, "sources"));
        File.WriteAllText(Path.Combine(Gold, "sources", "held-out-given-names.txt"), "Oyelaran\nTsegaye\nMarisabel\n");
        File.WriteAllText(Path.Combine(Gold, "sources", "held-out-surnames.txt"), "Kowalczyk\nEtxeberria\nOkonjo\n");
        File.WriteAllText(Path.Combine(Gold, "sources", "us-places.tsv"), "Ethete\tWY\nPeculiar\tMO\n");
        // Round 16's lists (decision 124): nicknames, given names and surnames of many languages, workplaces, towns abroad.
        File.WriteAllText(Path.Combine(Gold, "sources", "round16-nicknames.txt"), "Skeeter\nBitsy\n");
        File.WriteAllText(Path.Combine(Gold, "sources", "round16-world-given-names.txt"), "Wairimu\nDagny\n");
        File.WriteAllText(Path.Combine(Gold, "sources", "round16-world-surnames.txt"), "Kahananui\nRautenbach\n");
        File.WriteAllText(Path.Combine(Gold, "sources", "round16-workplaces.txt"), "Nucor\nWawa\n");
        File.WriteAllText(Path.Combine(Gold, "sources", "round16-places-abroad.txt"), "Kisumu\nPokhara\n");
        var forum = Path.Combine(Samples, "forum");
        Directory.CreateDirectory(forum);
        File.WriteAllText(Path.Combine(forum, "members.jsonl"), "{}\n");
        File.WriteAllText(Path.Combine(forum, "posts.jsonl"), "{\"id\":\"f1\",\"body\":\"Anyone using Jardiance in HFpEF?\"}\n{\"id\":\"f2\",\"body\":\"Metformin first, always.\"}\n");
        File.WriteAllText(Path.Combine(forum, "planted-identifiers.jsonl"), "");
    }
}
