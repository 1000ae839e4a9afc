using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 41's rules and rows from reading long-r38 (docs/taggers.md "Round 41", decision 257), each on a sentence of its
/// own written for this test: bare "polyps" in a post about the nose, the mouth's and eye's conditions by their index
/// codes, dental and skin drugs the lexicon lacked, and an optic neuropathy that is no peripheral neuropathy.
/// </summary>
public class Decision257Tests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    [InlineData("Third sinus surgery last spring and the polyps are already back.")]
    [InlineData("CRSwNP on mepolizumab. The polyps shrank and she can smell coffee again.")]
    [InlineData("Nasal steroid rinses twice daily, yet his polyps keep growing.")]
    public void Tag_BarePolypsInANosePost_TaggedNasalPolyps(string text)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == "J33.9" && e.Surface.Equals("polyps", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Colonoscopy found three polyps, all removed, repeat in five years.")]
    [InlineData("Two polyps on her last scope, so aspirin daily was suggested.")]
    public void Tag_BarePolypsElsewhere_NoNasalPolyps(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.CanonicalId == "J33.9");
    }

    [Fact]
    public void Tag_NasalPolypsSaidInFull_OneSpan()
    {
        Tag("Nasal polyps with asthma, starting a biologic.").Entities
            .Where(e => e.CanonicalId == "J33.9").Should().ContainSingle().Which.Surface.Should().Be("Nasal polyps");
    }

    [Theory]
    [InlineData("Dry socket on day three after the molar came out; packed it and she felt better.", "K10.3")]
    [InlineData("Burning mouth syndrome in a 62 yo woman, clonazepam to suck helped some.", "K14.6")]
    [InlineData("White patch on the lateral tongue, leukoplakia, so I biopsied it.", "K13.21")]
    [InlineData("Hyperpurulent discharge in a sexually active 20 yo: gonococcal conjunctivitis until proven otherwise.", "A54.31")]
    [InlineData("Proliferative sickle retinopathy in a 30 yo with HbSC, scatter laser planned.", "H36.829")]
    [InlineData("Soft contact lens wearer who swims in them, now acanthamoeba keratitis.", "B60.13")]
    [InlineData("Tonsil cancer, HPV positive, going for transoral surgery.", "C09.9")]
    [InlineData("Recurrent tonsillitis, seven episodes this year, so we listed him for tonsillectomy.", "J03.91")]
    [InlineData("Small vitreous bleed from the tear, no laser needed yet.", "H43.10")]
    [InlineData("Organ transplant recipient with many SCCs on his scalp.", "C44.92")]
    public void Tag_ConditionByTheIndex_TaggedWithItsCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    [InlineData("She brushes with sodium fluoride toothpaste at night.", "sodium fluoride")]
    [InlineData("Silver diamine fluoride on the two lesions, parents were warned about the black staining.", "silver diamine fluoride")]
    [InlineData("Dry mouth from her meds, so xylitol gum between meals.", "xylitol")]
    [InlineData("Eugenol dressing in the socket settled the pain.", "eugenol")]
    [InlineData("Some patients swear by alpha-lipoic acid for the burning.", "alpha lipoic acid")]
    [InlineData("Former smoker, so the vitamins should have no beta-carotene.", "beta carotene")]
    [InlineData("Started PHMB drops hourly with the cornea service.", "polihexanide")]
    [InlineData("Tinea versicolor again, selenium sulfide on the trunk for a week.", "selenium sulfide")]
    [InlineData("Acne better on mino but he asks about the skin discoloration.", "minocycline")]
    public void Tag_DentalEyeAndSkinDrug_TaggedAsTheGeneric(string text, string generic)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Generic && e.CanonicalId == generic);
    }

    [Theory]
    [InlineData("PreviDent at bedtime for his root caries.", "sodium fluoride")]
    [InlineData("Akantior four times a day for the amoebic ulcer.", "polihexanide")]
    [InlineData("Arestin into the deepest pockets after scaling.", "minocycline")]
    public void Tag_DentalOrEyeBrand_TaggedAsTheBrand(string text, string generic)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Brand && e.CanonicalId == generic);
    }

    [Fact]
    public void Tag_OpticNeuropathy_NoPeripheralNeuropathy()
    {
        var entities = Tag("Linezolid for eight weeks and now optic neuropathy with a central scotoma.").Entities;

        entities.Should().NotContain(e => e.CanonicalId == "G62.9");
        entities.Should().Contain(e => e.Surface == "optic neuropathy");
    }

    [Fact]
    public void Tag_Tpf_TaggedAsTheRegimen()
    {
        Tag("Induction TPF for three cycles, then chemoradiation.").Entities
            .Should().Contain(e => e.Type == EntityType.Regimen && e.CanonicalId == "tpf");
    }
}
