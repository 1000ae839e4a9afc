using Microsoft.ML.Data;
using Sermo.Analytics.Learning;

namespace Sermo.Analytics.Tests.Learning;

public sealed class TextTokensTests
{
    [Fact]
    public void Featurize_SameText_SameVector()
    {
        var (a, b) = (Featurize("No bleeding on apixaban so far!"), Featurize("No bleeding on apixaban so far!"));
        a.WordGrams.GetIndices().ToArray().Should().Equal(b.WordGrams.GetIndices().ToArray());
        a.WordGrams.GetValues().ToArray().Should().Equal(b.WordGrams.GetValues().ToArray());
    }

    [Fact]
    public void Featurize_WordInNegationScope_IsAnotherFeature()
    {
        var negated = Featurize("no bleeding").WordGrams.GetIndices().ToArray();
        var plain = Featurize("bleeding").WordGrams.GetIndices().ToArray();
        plain.Should().ContainSingle();
        negated.Should().NotContain(plain[0], "'bleeding' after 'no' is the negated word");
        Featurize("no. bleeding").WordGrams.GetIndices().ToArray().Should().Contain(plain[0], "the full stop ends the scope");
    }

    [Fact]
    public void Featurize_WordVector_HasUnitLength()
    {
        var values = Featurize("Great response, great tolerability, great outcome.").WordGrams.GetValues().ToArray();
        values.Sum(v => v * v).Should().BeApproximately(1f, 1e-4f);
    }

    [Fact]
    public void Featurize_OpinionWords_CountTheirPriorAndItsNegation()
    {
        // AFINN rates "good" +3 and Hu & Liu list it as positive: slot 3 + 5 = 8, Liu positive slot 22.
        var plain = Featurize("good").Lexicon;
        plain[8].Should().BeGreaterThan(0);
        plain[22].Should().BeGreaterThan(0);
        var negated = Featurize("not good").Lexicon;
        negated[8].Should().Be(0);
        negated[8 + 11].Should().BeGreaterThan(0, "the negated AFINN slot");
        negated[24].Should().BeGreaterThan(0, "the negated Liu positive slot");
    }

    [Fact]
    public void Featurize_HostileLongInput_StaysBounded()
    {
        var columns = Featurize(string.Concat(Enumerable.Repeat("word ", 200_000)));
        columns.WordGrams.GetValues().Length.Should().BeLessThanOrEqualTo(2 * 4096);
        VBuffer<float> chars = default;
        TextTokens.CharGrams(new string('x', 1_000_000), ref chars);
        chars.GetValues().Length.Should().Be(0, "one word longer than 40 characters has no character n-grams");
    }

    [Fact]
    public void Featurize_ColumnsReusedAfterLongerPost_SameVectorAsFreshColumns()
    {
        const string Short = "No bleeding on apixaban so far.";
        var reused = Featurize("Pembro pneumonitis grade 3, on high-dose steroids in the ICU, immunotherapy is not gentle at all, and he is still on oxygen.");
        TextTokens.Featurize(Short, reused);
        var fresh = Featurize(Short);

        reused.WordGrams.GetIndices().ToArray().Should().Equal(fresh.WordGrams.GetIndices().ToArray());
        reused.WordGrams.GetValues().ToArray().Should().Equal(fresh.WordGrams.GetValues().ToArray());
        reused.WordGrams.Length.Should().Be(TextTokens.Dimensions);
        reused.Lexicon.Should().Equal(fresh.Lexicon);
    }

    [Fact]
    public void Lexicon_Embedded_HashPinnedAndWordsLoaded()
    {
        OpinionLexicon.Embedded.Count.Should().BeGreaterThan(6000);
        OpinionLexicon.Embedded.Sha256.Should().MatchRegex("^[0-9a-f]{64}$");
        OpinionLexicon.Embedded.TryGet("marvelous", out var word).Should().BeTrue();
        word.Liu.Should().Be(1);
    }

    private static TokenColumns Featurize(string text)
    {
        var columns = new TokenColumns();
        TextTokens.Featurize(text, columns);
        return columns;
    }
}
