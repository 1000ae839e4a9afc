using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 52's regimen row for the surfaces the readable sets labelled two ways a second time (docs/taggers.md "Round 52
/// (issue #13): more surfaces labelled two ways", decision 370), on sentences written for this test: the csDMARD triple
/// therapy named with its class word is the regimen, while gene therapy, a modality with no drug product in its words,
/// is no drug entity.
/// </summary>
public class Decision370Tests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    [InlineData("Moved her to triple DMARD therapy after methotrexate alone left six swollen joints.")]
    [InlineData("Triple DMARD costs a fraction of any injectable and works for many of my patients.")]
    public void Tag_TripleDmardTherapy_IsTheRegimen(string text)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Regimen && e.CanonicalId == "triple-dmard-therapy");
    }

    [Fact]
    public void Tag_GeneTherapy_IsNoDrugEntity()
    {
        Tag("Gene therapy for his hemophilia B is still a year away, so prophylaxis continues.").Entities
            .Should().NotContain(e => e.Surface.Contains("therapy", StringComparison.OrdinalIgnoreCase));
    }
}
