using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 46's tagger changes for the guide's settled labels and old rows (docs/taggers.md "Round 46: the guide's open
/// questions and old rows", decision 299), each on a sentence of its own written for this test: the extent of a gout
/// flare read as the disease, "the vaccine" after a named vaccine, bone drugs read from the lexicon's classes, and
/// transplant rejection and radiation pneumonitis coded by the index.
/// </summary>
public class Decision299Tests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    [InlineData("Admitted overnight with a gout flare of the left knee after a big seafood dinner.")]
    [InlineData("Gout flares twice a year in a 59M with CKD 3a, always after a weekend of beer.")]
    public void Tag_GoutFlareNoDrugBlamed_IsGoutWithFlareOutside(string text)
    {
        var entities = Tag(text).Entities;

        entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == "M10.9"
            && e.Surface.Equals("gout", StringComparison.OrdinalIgnoreCase));
        entities.Should().NotContain(e => e.Type == EntityType.Disease && e.Surface.Contains("flare", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Never had Shingrix, so we will give the vaccine once the rash has crusted.", "zoster vaccine recombinant")]
    [InlineData("She got RabAvert in March, and the vaccine left her arm sore for a day.", "rabies vaccine")]
    public void Tag_TheVaccineAfterANamedVaccine_IsThatVaccine(string text, string generic)
    {
        Tag(text).Entities.Should().Contain(e => e.Surface == "vaccine" && e.Type == EntityType.Generic && e.CanonicalId == generic);
    }

    [Theory]
    [InlineData("His mother asked whether the vaccine can cause autism.")]
    [InlineData("Shingrix and Prevnar 20 on the same day, and the vaccine site was sore.")]
    public void Tag_TheVaccineWithNoOneVaccineBefore_StaysTheClass(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.Surface == "vaccine" && e.Type == EntityType.Generic);
    }

    [Theory]
    [InlineData("Five years on Evista and still a new vertebral fracture at T11.", "vertebral fracture")]
    [InlineData("Started Tymlos after two vertebral compression fractures last winter.", "vertebral compression fractures")]
    [InlineData("Bisphosphonates failed her: another vertebral fracture despite good adherence.", "vertebral fracture")]
    public void Tag_VertebralFractureBesideALexiconBoneDrug_IsOsteoporoticFracture(string text, string surface)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId.StartsWith("M80", StringComparison.Ordinal) && e.Surface == surface);
    }

    [Fact]
    public void Tag_VertebralFractureBesideADrugOfNoBoneClass_KeepsItsReading()
    {
        Tag("Fell off a ladder on apixaban and broke a vertebral fracture at L2.").Entities
            .Should().NotContain(e => e.CanonicalId.StartsWith("M80", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The graft biopsy showed acute cellular rejection, so pulse methylprednisolone.", "T86.11")]
    [InlineData("Liver rejection at month two, tacrolimus trough raised.", "T86.41")]
    [InlineData("Surveillance biopsy ruled in cardiac rejection, grade 2R.", "T86.21")]
    [InlineData("Radiation pneumonitis eight weeks after chest radiotherapy, prednisone started.", "J70.0")]
    [InlineData("Old radiation fibrosis of the lung on the CT, stable for years.", "J70.1")]
    public void Tag_OldRowsByTheIndex_TakeTheIndexCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }
}
