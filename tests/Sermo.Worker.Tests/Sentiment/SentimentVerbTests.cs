using Sermo.Worker.Tests.Cli;
using System.CommandLine;
using System.Text.Json;
using Sermo.Worker.Cli;

namespace Sermo.Worker.Tests.Sentiment;

[Collection("Console")]
public sealed class SentimentVerbTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sermo-sentiment-verbs-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task TrainThenEvalJson_QuotedTextAndUnseenLabel_ScoresWithoutCrashing()
    {
        var train = Write("train.csv", TrainingCsv());
        var test = Write("test.csv", """
            label,text
            positive,"Biopsy came back negative for malignancy, ""great"" news."
            negative,"Positive troponin,
            cath lab tonight."
            mixed,Some good and some bad.
            """);
        var registry = Path.Combine(_folder, "models");
        (await Run("train", "sentiment", "--labels", train, "--out", registry, "--bits", "14", "--holdout", "0.2")).Exit.Should().Be(0);
        File.Exists(Path.Combine(registry, "v0001", "manifest.json")).Should().BeTrue();

        var (exit, output, _) = await Run("eval", "sentiment", "--model", registry, "--labels", test, "--json");
        exit.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("examples").GetInt32().Should().Be(3);
        json.RootElement.GetProperty("accuracy").GetDouble().Should().BeApproximately(2.0 / 3, 0.001, "the unseen label 'mixed' is an error, the other two are right");
        json.RootElement.GetProperty("macroF1").GetDouble().Should().BeGreaterThan(0);
        json.RootElement.GetProperty("labels").EnumerateArray().Select(l => l.GetString()).Should().Contain("mixed");
    }

    [Fact]
    public async Task Train_BadCsvLine_ErrorNamesFileAndLine()
    {
        var bad = Write("bad.csv", "label,text\npositive,fine\n,no label here\n");
        var (exit, _, error) = await Run("train", "sentiment", "--labels", bad, "--out", Path.Combine(_folder, "m"));
        exit.Should().NotBe(0);
        error.Should().Contain($"{bad}:3").And.Contain("empty label");
    }

    [Fact]
    public async Task Train_HeaderWithoutText_ErrorNamesLineOne()
    {
        var bad = Write("header.csv", "label,body\npositive,fine\n");
        var (exit, _, error) = await Run("train", "sentiment", "--labels", bad, "--out", Path.Combine(_folder, "m"));
        exit.Should().NotBe(0);
        error.Should().Contain($"{bad}:1");
    }

    [Fact]
    public async Task Eval_Folds_CrossValidatesWithoutAModel()
    {
        var train = Write("train.csv", TrainingCsv());
        var (exit, output, _) = await Run("eval", "sentiment", "--labels", train, "--folds", "3", "--bits", "14", "--json");
        exit.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("foldAccuracy").GetArrayLength().Should().Be(3);
    }

    [Fact]
    public async Task Models_PromoteAndRollback_MovePointer()
    {
        var train = Write("train.csv", TrainingCsv());
        var registry = Path.Combine(_folder, "models");
        await Run("train", "sentiment", "--labels", train, "--out", registry, "--bits", "12", "--holdout", "0");
        await Run("train", "sentiment", "--labels", train, "--out", registry, "--bits", "12", "--holdout", "0", "--promote");
        (await Run("models", "promote", "v0001", "--registry", registry)).Exit.Should().Be(0);
        (await Run("models", "rollback", "--registry", registry)).Output.Should().Contain("v0002");
        (await Run("models", "list", "--registry", registry)).Output.Should().Contain("* v0002");
        var missing = await Run("models", "promote", "v0009", "--registry", registry);
        missing.Exit.Should().Be(2);
        missing.Error.Should().Contain("v0009");
    }

    [Theory]
    [InlineData("train", "--labels")]
    [InlineData("eval", "--folds")]
    public void Help_SentimentSubcommand_ListsItsOptions(string verb, string option)
    {
        var command = SermoCommandLine.Create().Subcommands.Single(c => c.Name == verb).Subcommands.Single(c => c.Name == "sentiment");
        command.Description.Should().NotBeNullOrWhiteSpace();
        command.Options.Select(o => o.Name).Should().Contain(option);
    }

    private static string TrainingCsv()
    {
        var lines = new List<string> { "label,text" };
        foreach (var p in new[] { "my patient", "a 60yo man", "the patient", "an elderly woman", "our patient", "a 45F" })
        {
            lines.Add($"positive,\"Biopsy for {p} came back negative for malignancy, great news.\"");
            lines.Add($"positive,{p} is doing well with no side effects at all.");
            lines.Add($"negative,\"Positive troponin in {p}, cath lab tonight.\"");
            lines.Add($"negative,{p} had a terrible bleed and we stopped the drug.");
            lines.Add($"neutral,What dose do you use for {p} with low CrCl?");
            lines.Add($"neutral,Repeat labs for {p} scheduled next month.");
        }

        return string.Join('\n', lines) + "\n";
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content.ReplaceLineEndings("\n"));
        return path;
    }

    private static Task<(int Exit, string Output, string Error)> Run(params string[] args) => CliRun.RunAsync(args);
}
