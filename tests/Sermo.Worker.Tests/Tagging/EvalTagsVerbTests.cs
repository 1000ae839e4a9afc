using System.Text.Json;
using Sermo.Worker.Tests.Cli;

namespace Sermo.Worker.Tests.Tagging;

[Collection("Console")]
public sealed class EvalTagsVerbTests : IDisposable
{
    private const string Sentence = """{"id":"s1","text":"Started Eliquis for AF.","entities":[{"start":8,"end":15,"text":"Eliquis","type":"brand","id":"apixaban","negated":false,"uncertain":false,"familyHistory":false,"sentiment":"neutral"}],"adverseEvents":[]}""";
    private const string Post = """{"id":"p1","text":"On statins and FOLFOX.","entities":[{"start":3,"end":10,"text":"statins","type":"drug-class","id":"statin","negated":false,"uncertain":false,"familyHistory":false,"sentiment":"neutral"},{"start":15,"end":21,"text":"FOLFOX","type":"regimen","id":"folfox","negated":false,"uncertain":false,"familyHistory":false,"sentiment":"neutral"}],"adverseEvents":[]}""";

    private readonly TempDataFolder _folder = new("eval-tags");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task EvalTags_FolderWithShortAndLongParts_PrintsEachPartApart()
    {
        Write(Path.Combine("short", "s.jsonl"), Sentence);
        Write(Path.Combine("long", "l.jsonl"), Post);

        var (exit, output, _) = await CliRun.RunAsync("eval", "tags", "--gold", _folder);

        exit.Should().Be(0);
        output.Should().Contain("long: 1 gold texts").And.Contain("short: 1 gold texts");
        output.IndexOf("long:", StringComparison.Ordinal).Should().BeLessThan(output.IndexOf("short:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EvalTagsJson_ClassAndRegimen_ScoredAsDrugsPerPart()
    {
        Write(Path.Combine("long", "l.jsonl"), Post);

        var (exit, output, _) = await CliRun.RunAsync("eval", "tags", "--gold", _folder, "--json");

        exit.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        var set = json.RootElement.GetProperty("sets").EnumerateArray().Should().ContainSingle().Subject;
        set.GetProperty("name").GetString().Should().Be("long");
        var drugs = set.GetProperty("evaluation").GetProperty("drugs");
        drugs.GetProperty("truePositives").GetInt32().Should().Be(2);
        drugs.GetProperty("falseNegatives").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task EvalTags_MissingGold_ExitsTwoNamingThePath()
    {
        var missing = Path.Combine(_folder, "nope");

        var (exit, _, error) = await CliRun.RunAsync("eval", "tags", "--gold", missing);

        exit.Should().Be(2);
        error.Should().Contain(missing);
    }

    private void Write(string relative, string line)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, line + Environment.NewLine);
    }
}
