using Sermo.Worker.Tests.Cli;
using System.CommandLine;
using System.Text.Json;
using Sermo.Worker.Cli;

namespace Sermo.Worker.Tests.Sentiment;

[Collection("Console")]
public sealed class SentimentVerbTests : IDisposable
{
    private readonly TempDataFolder _folder = new("sentiment-verbs");

    public void Dispose() => _folder.Dispose();

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
        (await Run("train", "sentiment", "--labels", train, "--out", registry, "--trainer", "sdca", "--holdout", "0.2")).Exit.Should().Be(0);
        File.Exists(Path.Combine(registry, "v0001", "manifest.json")).Should().BeTrue();
        File.Exists(Path.Combine(registry, "v0001", "model.zip")).Should().BeTrue("the model is an ML.NET zip");

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
        var (exit, output, _) = await Run("eval", "sentiment", "--labels", train, "--folds", "3", "--trainer", "sdca", "--json");
        exit.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("foldAccuracy").GetArrayLength().Should().Be(3);
        json.RootElement.GetProperty("trainer").GetString().Should().Be("sdca");
        json.RootElement.GetProperty("perLabel").GetArrayLength().Should().Be(3);
    }

    [Fact]
    public async Task Models_PromoteAndRollback_MovePointer()
    {
        var train = Write("train.csv", TrainingCsv());
        var registry = Path.Combine(_folder, "models");
        await Run("train", "sentiment", "--labels", train, "--out", registry, "--trainer", "sdca", "--holdout", "0");
        await Run("train", "sentiment", "--labels", train, "--out", registry, "--trainer", "sdca", "--holdout", "0", "--promote");
        (await Run("models", "promote", "v0001", "--registry", registry)).Exit.Should().Be(0);
        (await Run("models", "rollback", "--registry", registry)).Output.Should().Contain("v0002");
        (await Run("models", "list", "--registry", registry)).Output.Should().Contain("* v0002");
        var missing = await Run("models", "promote", "v0009", "--registry", registry);
        missing.Exit.Should().Be(2);
        missing.Error.Should().Contain("v0009");
    }

    [Fact]
    public async Task Train_AutoTrainer_ComparesEveryTrainerAndRecordsIt()
    {
        var train = Write("train.csv", TrainingCsv());
        var registry = Path.Combine(_folder, "models");
        var (exit, output, error) = await Run("train", "sentiment", "--labels", train, "--out", registry, "--trainer", "auto", "--auto-folds", "2", "--holdout", "0");
        exit.Should().Be(0, error);
        output.Should().Contain("sdca").And.Contain("lbfgs").And.Contain("lightgbm").And.Contain("chose");
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(registry, "v0001", "manifest.json")));
        manifest.RootElement.GetProperty("training").GetProperty("trainerComparison").GetProperty("sentiment").GetArrayLength().Should().Be(4);
    }

    [Fact]
    public async Task Train_ToleranceAndMemory_RecordedInManifestWithCpuPerPhase()
    {
        var train = Write("train.csv", TrainingCsv());
        var registry = Path.Combine(_folder, "models");
        var (exit, output, error) = await Run("train", "sentiment", "--labels", train, "--out", registry, "--holdout", "0", "--tolerance", "0.001", "--memory", "5");
        exit.Should().Be(0, error);
        output.Should().Contain("read and tagged 36 posts in").And.Contain("CPU s)", "the verb says where its time went");
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(registry, "v0001", "manifest.json")));
        var options = manifest.RootElement.GetProperty("options");
        options.GetProperty("tolerance").GetSingle().Should().Be(0.001f);
        options.GetProperty("memory").GetInt32().Should().Be(5);
    }

    [Fact]
    public async Task Train_SentimentDefaults_LbfgsStopsAtToleranceOneInTenThousand()
    {
        var train = Write("train.csv", TrainingCsv());
        var registry = Path.Combine(_folder, "models");
        var (exit, _, error) = await Run("train", "sentiment", "--labels", train, "--out", registry, "--holdout", "0");
        exit.Should().Be(0, error);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(registry, "v0001", "manifest.json")));
        manifest.RootElement.GetProperty("options").GetProperty("tolerance").GetSingle().Should().Be(1e-4f, "decision 104 moved the sentiment default from ML.NET's 1e-5");
    }

    [Fact]
    public async Task Train_SdcaWithoutTolerance_ManifestLeavesLbfgsToleranceOut()
    {
        var train = Write("train.csv", TrainingCsv());
        var registry = Path.Combine(_folder, "models");
        var (exit, _, error) = await Run("train", "sentiment", "--labels", train, "--out", registry, "--holdout", "0", "--trainer", "sdca");
        exit.Should().Be(0, error);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(registry, "v0001", "manifest.json")));
        manifest.RootElement.GetProperty("options").TryGetProperty("tolerance", out _).Should().BeFalse("SDCA has no such setting, so the manifest must not claim one");
    }

    [Theory]
    [InlineData("--tolerance", "0")]
    [InlineData("--memory", "-1")]
    public async Task Train_NonPositiveLbfgsOption_ExitTwoNamingIt(string option, string value)
    {
        var train = Write("train.csv", TrainingCsv());
        var (exit, _, error) = await Run("train", "sentiment", "--labels", train, "--out", Path.Combine(_folder, "m"), option, value);
        exit.Should().Be(2);
        error.Should().Contain(option);
    }

    /// <summary>
    /// NaN passes a "&lt;= 0" or "&lt; 0" check, and an infinite penalty or tolerance is no setting (found giving the fuzz's
    /// float options numbers on 2026-12-03, before its run reached them).
    /// </summary>
    [Theory]
    [InlineData("--tolerance", "NaN")]
    [InlineData("--tolerance", "Infinity")]
    [InlineData("--l2", "NaN")]
    [InlineData("--l2", "Infinity")]
    [InlineData("--holdout", "NaN")]
    public async Task Train_NotANumberOrInfiniteOption_ExitTwoNamingIt(string option, string value)
    {
        var train = Write("train.csv", TrainingCsv());
        var registry = Path.Combine(_folder, "m");
        var (exit, _, error) = await Run("train", "sentiment", "--labels", train, "--out", registry, option, value);
        exit.Should().Be(2, error);
        error.Should().Contain(option).And.NotContain("internal error");
        Directory.Exists(Path.Combine(registry, "v0001")).Should().BeFalse("nothing is trained on a setting that is no number");
    }

    [Fact]
    public async Task Train_UnknownTrainer_ExitTwoNamingTheChoices()
    {
        var train = Write("train.csv", TrainingCsv());
        var (exit, _, error) = await Run("train", "sentiment", "--labels", train, "--out", Path.Combine(_folder, "m"), "--trainer", "svm");
        exit.Should().Be(2);
        error.Should().Contain("--trainer").And.Contain("lbfgs");
    }

    [Fact]
    public async Task Aspects_TrainEvalPromote_JsonHasAspectPolarityAndJointFigures()
    {
        var labels = Write("aspects.csv", AspectCsv());
        var registry = Path.Combine(_folder, "aspect-models");
        var train = await Run("train", "aspects", "--labels", labels, "--out", registry, "--trainer", "sdca", "--holdout", "0", "--promote");
        train.Exit.Should().Be(0, train.Error);
        File.Exists(Path.Combine(registry, "v0001", "aspect.zip")).Should().BeTrue();
        File.Exists(Path.Combine(registry, "v0001", "polarity.zip")).Should().BeTrue();

        var (exit, output, error) = await Run("eval", "aspects", "--model", registry, "--labels", labels, "--json");
        exit.Should().Be(0, error);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("examples").GetInt32().Should().Be(30);
        json.RootElement.GetProperty("macroF1").GetDouble().Should().BeGreaterThan(0.5, "the training clauses themselves");
        json.RootElement.GetProperty("perLabel").GetArrayLength().Should().Be(5);
        json.RootElement.GetProperty("polarity").GetProperty("accuracy").GetDouble().Should().BeGreaterThan(0.5);
        json.RootElement.GetProperty("joint").GetProperty("accuracy").GetDouble().Should().BeGreaterThan(0);

        (await Run("models", "list", "--task", "aspects", "--registry", registry)).Output.Should().Contain("* v0001").And.Contain("polarity");
        var folds = await Run("eval", "aspects", "--labels", labels, "--folds", "3", "--trainer", "sdca", "--json");
        folds.Exit.Should().Be(0, folds.Error);
    }

    [Fact]
    public async Task Aspects_UnknownAspect_ErrorNamesFileAndLine()
    {
        var bad = Write("bad-aspects.csv", "drug,aspect,polarity,text\nHumira,access,negative,PA denied\nHumira,price,negative,too dear\n");
        var (exit, _, error) = await Run("train", "aspects", "--labels", bad, "--out", Path.Combine(_folder, "m"));
        exit.Should().Be(1);
        error.Should().Contain($"{bad}:3").And.Contain("unknown aspect 'price'");
    }

    [Fact]
    public async Task LabelsImport_AspectLabels_MergedOnceIntoTheAspectTrainingFile()
    {
        var training = Write("aspects-train.csv", "drug,aspect,polarity,text\nHumira,access,negative,PA denied again\n");
        var labelled = Write("labelled.csv",
            "drug,aspect,polarity,text\nhumira,access,negative,PA denied again\nEliquis,cost,negative,copay is $500\nEliquis,,,no label on this one\n");

        var first = await Run("labels", "import", "--aspects", "--in", labelled, "--into", training);
        var again = await Run("labels", "import", "--aspects", "--in", labelled, "--into", training);

        first.Exit.Should().Be(0, first.Error);
        first.Output.Should().Contain("added 1 labelled aspect rows").And.Contain("(1 already there)").And.Contain("now holds 2");
        again.Output.Should().Contain("added 0 labelled aspect rows", "the same drug and clause are not added twice");
        File.ReadAllText(training).Should().Contain("copay is $500").And.NotContain("no label on this one");
    }

    [Fact]
    public async Task LabelsImport_AspectsBadAspect_ErrorNamesLineAndFileUnchanged()
    {
        var training = Write("aspects-train.csv", "drug,aspect,polarity,text\nHumira,access,negative,PA denied again\n");
        var before = File.ReadAllText(training);
        var labelled = Write("labelled.csv", "drug,aspect,polarity,text\nEliquis,cost,negative,copay is $500\nEliquis,price,negative,too dear\n");

        var (exit, _, error) = await Run("labels", "import", "--aspects", "--in", labelled, "--into", training);

        exit.Should().Be(1);
        error.Should().Contain($"{labelled}:3").And.Contain("unknown aspect 'price'");
        File.ReadAllText(training).Should().Be(before, "a bad line leaves the training file as it was");
    }

    [Theory]
    [InlineData("train", "sentiment", "--labels")]
    [InlineData("train", "sentiment", "--tolerance")]
    [InlineData("train", "aspects", "--trainer")]
    [InlineData("eval", "sentiment", "--folds")]
    [InlineData("eval", "aspects", "--model")]
    public void Help_ModelSubcommands_ListTheirOptions(string verb, string task, string option)
    {
        var command = SermoCommandLine.Create().Subcommands.Single(c => c.Name == verb).Subcommands.Single(c => c.Name == task);
        command.Description.Should().NotBeNullOrWhiteSpace();
        command.Options.Select(o => o.Name).Should().Contain(option);
    }

    private static string AspectCsv()
    {
        var lines = new List<string> { "drug,aspect,polarity,text" };
        foreach (var (drug, n) in new[] { ("Humira", 1), ("Eliquis", 2), ("Ozempic", 3) })
        {
            lines.Add($"{drug},access,negative,\"PA for {drug} denied again, appeal number {n} pending\"");
            lines.Add($"{drug},access,positive,\"{drug} finally approved on the formulary, no step therapy\"");
            lines.Add($"{drug},cost,negative,\"copay for {drug} is $500 a month, cannot afford it\"");
            lines.Add($"{drug},cost,positive,\"{drug} coupon brought the copay down to $25\"");
            lines.Add($"{drug},efficacy,positive,\"{drug} works great, full response at week {n + 8}\"");
            lines.Add($"{drug},efficacy,negative,\"no response to {drug} after {n + 3} months, failed\"");
            lines.Add($"{drug},safety,negative,\"bad rash and nausea on {drug}, stopped it\"");
            lines.Add($"{drug},safety,positive,\"no side effects at all on {drug}\"");
            lines.Add($"{drug},dosing,neutral,\"what dose of {drug} do you start with, weekly or daily?\"");
            lines.Add($"{drug},dosing,positive,\"once weekly {drug} pen is so convenient\"");
        }

        return string.Join('\n', lines) + "\n";
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
