using Sermo.Analytics.Emerging;

namespace Sermo.Analytics.Tests.Emerging;

public class EmergingPhraseChunkerTests
{
    private static readonly EmergingPhraseChunker Chunker = EmergingPhraseChunker.LoadEmbedded();

    [Fact]
    public void Phrases_StopWordsAndPunctuation_CutRunsIntoOneToThreeWordGrams()
    {
        var phrases = Chunker.Phrases("Anyone seeing lipase elevation with the new pump? Cold chain issues, again.", []);

        phrases.Should().Contain(["lipase elevation", "lipase", "elevation", "pump", "cold chain issues", "cold chain", "chain issues"]);
        phrases.Should().NotContain(p => p.Contains("with") || p.Contains("anyone") || p.Contains("elevation pump") || p.Contains("pump cold"));
    }

    [Fact]
    public void Phrases_PlaceholdersNumbersAndBlockedSpans_NeverInsideAPhrase()
    {
        const string text = "Dr [NAME] gave 40 mg apixaban dosing schedule";
        var entity = text.IndexOf("apixaban", StringComparison.Ordinal);

        var phrases = Chunker.Phrases(text, [(entity, entity + "apixaban".Length)]);

        phrases.Should().NotContain(p => p.Contains("name") || p.Contains("40") || p.Contains("apixaban"));
        phrases.Should().Contain("dosing schedule");
    }

    [Fact]
    public void Phrases_ShortSingleWord_LeftOutButKeptInsideLongerPhrase()
    {
        var phrases = Chunker.Phrases("ice pack shortage", []);

        phrases.Should().NotContain("ice");
        phrases.Should().Contain(["ice pack", "ice pack shortage", "pack"]);
    }
}
