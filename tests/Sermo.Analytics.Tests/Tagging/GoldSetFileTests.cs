using System.Text.Json;
using Sermo.Analytics.Tagging.Evaluation;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>A gold file that is not gold is refused naming its file and line, never read as nulls.</summary>
public sealed class GoldSetFileTests : IDisposable
{
    private readonly string _file = Path.Combine(Directory.CreateTempSubdirectory("sermo-gold-").FullName, "gold.jsonl");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_file)!, recursive: true);

    [Theory]
    [InlineData("""{"id":"b","text":"ok"}""")]
    [InlineData("""{"id":"b","text":null,"entities":[],"adverseEvents":[]}""")]
    [InlineData("""{"id":"b","text":"\ud800 lone","entities":null,"adverseEvents":[]}""")]
    [InlineData("""{"id":"b","text":"\ud800 lone"}""")]
    public void LoadParts_LineThatIsNotAGoldSentence_RefusedNamingFileAndLine(string bad)
    {
        File.WriteAllLines(_file, ["""{"id":"a","text":"fine","entities":[],"adverseEvents":[]}""", bad]);

        var load = () => GoldSet.LoadParts(_file);

        load.Should().Throw<JsonException>().Which.Message.Should().StartWith(_file + ":2: ");
    }
}
