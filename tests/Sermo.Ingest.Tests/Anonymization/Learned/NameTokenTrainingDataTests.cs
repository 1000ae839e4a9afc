using Sermo.Ingest.Anonymization.Learned;

namespace Sermo.Ingest.Tests.Anonymization.Learned;

public sealed class NameTokenTrainingDataTests
{
    private static readonly NameSources Sources = new(["Aino", "Tarmo"], ["Hazel", "Ivy"], ["Virtanen", "Moss"], ["Peculiar", "Iron River"], ["MO", "MI"]);

    [Fact]
    public void GenerateSentences_SameSeed_SamePostsAndSpansOnTheirNames()
    {
        var first = NameTokenSentences.Generate(Sources, 200, seed: 3);
        var second = NameTokenSentences.Generate(Sources, 200, seed: 3);

        second.Select(p => p.Text).Should().Equal(first.Select(p => p.Text));
        var spanTexts = first.SelectMany(p => p.Identifiers.Select(s => (p.Text[s.Start..s.End], s.Type))).ToList();
        spanTexts.Should().NotBeEmpty().And.OnlyContain(s =>
            (s.Type == "NAME" && new[] { "aino", "tarmo", "hazel", "ivy", "virtanen", "moss" }.Contains(s.Item1.ToLowerInvariant()))
            || (s.Type == "CITY" && (s.Item1 == "Peculiar" || s.Item1 == "Iron River")));
    }

    [Fact]
    public void ReadJsonl_SpanOutsideText_ErrorNamesFileAndLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sermo-labelled-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(path, "{\"id\":\"a\",\"text\":\"Saw Ivy\",\"identifiers\":[{\"start\":4,\"end\":7,\"type\":\"NAME\"}],\"clinicalTerms\":[]}\n"
            + "{\"id\":\"b\",\"text\":\"short\",\"identifiers\":[{\"start\":2,\"end\":40,\"type\":\"NAME\"}],\"clinicalTerms\":[]}\n");
        try
        {
            var act = () => LabelledPost.ReadJsonl(path);

            act.Should().Throw<InvalidDataException>().WithMessage($"{path} line 2: *");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
