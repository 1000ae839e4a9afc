using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// The form rules of decision 205 (<see cref="SurfaceForms"/>): each form on sentences written for this test, read as the
/// same entity as the lexicon's own spelling, and the traps a form rule could fall into left untagged.
/// </summary>
public class SurfaceFormTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    private static TaggedEntity SingleDisease(string text) =>
        Tag(text).Entities.Should().ContainSingle(e => e.Type == EntityType.Disease).Which;

    [Theory]
    // British spellings no row lists: the rule reads them as the American row.
    [InlineData("Recurrent hemarthrosis of the knee despite prophylaxis.", "Recurrent haemarthrosis of the knee despite prophylaxis.")]
    [InlineData("His hemophilia A was diagnosed after circumcision.", "His haemophilia A was diagnosed after circumcision.")]
    [InlineData("The brain tumor was found on a scan for headaches.", "The brain tumour was found on a scan for headaches.")]
    [InlineData("Atypical hemolytic uremic syndrome after the infection.", "Atypical haemolytic uraemic syndrome after the infection.")]
    [InlineData("A big cephalohematoma after the vacuum delivery.", "A big cephalohaematoma after the vacuum delivery.")]
    public void Tag_BritishSpelling_SameDiseaseAsAmericanSpelling(string american, string british)
    {
        SingleDisease(british).CanonicalId.Should().Be(SingleDisease(american).CanonicalId);
    }

    [Theory]
    // The British row "tumour" gets no American form: the bare "tumor" of "tumor markers" and "tumor response" names no disease.
    [InlineData("tumour")]
    [InlineData("haemarthrosis")]
    public void BritishSpelling_BritishTerm_Null(string british)
    {
        SurfaceForms.BritishSpelling(british).Should().BeNull();
    }

    [Fact]
    public void Tag_BareTumorInAResultSentence_NotADisease()
    {
        Tag("Her tumor markers were stable and the tumor response was partial.").Entities.Should().NotContain(e => e.Type == EntityType.Disease);
    }

    [Theory]
    [InlineData("anemia", "anaemia")]
    [InlineData("ischemic colitis", "ischaemic colitis")]
    [InlineData("polycythemia vera", "polycythaemia vera")]
    [InlineData("diarrhea", "diarrhoea")]
    [InlineData("esophagitis", "oesophagitis")]
    [InlineData("estradiol", "oestradiol")]
    public void BritishSpelling_AmericanTerm_GivesBritishTerm(string american, string british)
    {
        SurfaceForms.BritishSpelling(american).Should().Be(british);
    }

    [Theory]
    // "hemi-" is spelt alike on both sides; "chem" in chemotherapy is no "haem".
    [InlineData("hemiplegia")]
    [InlineData("chemotherapy")]
    [InlineData("asthma")]
    public void BritishSpelling_WordSpeltAlike_Null(string term)
    {
        SurfaceForms.BritishSpelling(term).Should().BeNull();
    }

    [Fact]
    public void Tag_EponymWithoutApostrophe_TaggedAsTheDisease()
    {
        SingleDisease("Wilsons disease on zinc since her teens.").CanonicalId.Should().Be(SingleDisease("Wilson disease on zinc since her teens.").CanonicalId);
    }

    [Fact]
    public void Tag_EponymAloneAsSurname_NotADisease()
    {
        Tag("Dr Wilson saw her in clinic and the Wilsons drove her home.").Entities.Should().NotContain(e => e.Type == EntityType.Disease);
    }

    [Fact]
    public void Tag_AdjectiveOfEmiaDisease_TaggedAsTheDisease()
    {
        SingleDisease("He stays hyperuricemic on allopurinol.").CanonicalId.Should().Be("E79.0");
    }

    [Theory]
    // "-osis" and a bare "-ia" make no adjective: "sclerotic" is a lesion's shape, not multiple sclerosis.
    [InlineData("sclerosis")]
    [InlineData("mania")]
    [InlineData("iron deficiency anemia")]
    public void Adjective_NotAnEmiaOrPeniaWord_Null(string term)
    {
        SurfaceForms.Adjective(term).Should().BeNull();
    }
}
