using Sermo.Analytics.Sentiments;
using Sermo.Analytics.Tests.Tagging;

namespace Sermo.Analytics.Tests.Sentiments;

public sealed class ContrastCuesTests
{
    private static float[] Context(string text) => ClinicalContextFeatures.From(text, SharedTagger.Tagger.Tag(text));

    [Fact]
    public void From_PraiseAfterBut_TurnMarkedAndTailPositive()
    {
        var f = Context("The copay was awful and the PA was a slog, but it works great and she is thrilled.");

        f.Should().HaveCount(ClinicalContextFeatures.Count);
        f[16].Should().Be(1, "the post turns at 'but'");
        f[17].Should().BeLessThan(0, "the complaint before the turn");
        f[18].Should().BeGreaterThan(0, "the verdict after it");
    }

    [Fact]
    public void From_NoContrastWord_NoTurnAndAllOpinionInHead()
    {
        var f = Context("Great drug, excellent results in my patients.");

        f[16].Should().Be(0);
        f[17].Should().BeGreaterThan(0);
        f[18].Should().Be(0);
    }

    [Fact]
    public void From_NegatedOpinionAfterTurn_SignFlipped()
    {
        var f = Context("Looked promising at first, but it is not good at all.");

        f[18].Should().BeLessThan(0, "'not good' inside the negation scope counts against");
    }

    [Fact]
    public void From_Hedges_Counted()
    {
        Context("I think it maybe helps, not sure yet.")[20].Should().BeGreaterThan(Context("It helps.")[20]);
    }
}
