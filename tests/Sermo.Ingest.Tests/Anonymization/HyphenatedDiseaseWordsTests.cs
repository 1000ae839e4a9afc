using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// A disease named by several eponyms is written hyphenated as often as spaced: the lexicon holds "charcot marie tooth", a
/// physician writes "Charcot-Marie-Tooth". The hyphenated spelling of a two- to four-word disease term is a disease word of
/// the scrubber's lists, so neither a name rule nor the learned detector takes it for a double-barrelled surname. Sentences
/// of their own, none from a gold set.
/// </summary>
public class HyphenatedDiseaseWordsTests
{
    [Theory]
    [InlineData("Charcot-Marie-Tooth")]
    [InlineData("charcot-marie-tooth")]
    public void DiseaseWords_HyphenatedSpellingOfASpacedLexiconTerm_Listed(string word)
    {
        NameLexicon.Shared.DiseaseWords.Contains(word).Should().BeTrue();
    }

    [Fact]
    public void DiseaseWords_HyphenatedSurname_NotListed()
    {
        NameLexicon.Shared.DiseaseWords.Contains("Lindqvist-Okafor").Should().BeFalse();
    }

    [Theory]
    [InlineData("Lindqvist, Aino - Charcot-Marie-Tooth, foot drop worse, ortho referral. Her sister has Charcot-Marie-Tooth too.")]
    [InlineData("Okafor-Bright, Ngozi: Charcot-Marie-Tooth type 1A, bracing discussed.")]
    public void Scrub_HyphenatedEponymDiseaseAfterAListedName_DiseaseKept(string input)
    {
        var result = ScrubAssertions.Scrubber.Scrub(input);

        result.Text.Should().Contain("Charcot-Marie-Tooth", because: $"a disease is no name; the scrubber wrote \"{result.Text}\"");
        result.Text.Should().StartWith("[NAME]");
    }
}
