using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 24's families (docs/taggers.md "Round 24", decision 164), each on a sentence of its own and with surfaces
/// long-r23 does not use: regimens by acronym or by their agents across oncology, tuberculosis, H. pylori, rheumatology
/// and cardiology; generics and brands missing from therapy-choice text (second-line TB drugs, cephalosporins, antivirals,
/// HIV and hepatitis C combinations by their agents' abbreviations,
/// combination packs); and diseases named with the words the ICD-10-CM index codes (TB forms, syphilis stages, newborn sepsis).
/// </summary>
public class Round24FamilyTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    [InlineData("Azacitidine/venetoclax for the unfit AML patient.", "venetoclax-azacitidine")]
    [InlineData("N-AVD for advanced stage Hodgkin now.", "nivolumab-avd")]
    [InlineData("Eurolupus dosing for her class IV nephritis.", "euro-lupus")]
    [InlineData("Total neoadjuvant therapy and then watch and wait.", "total-neoadjuvant-therapy")]
    [InlineData("Triple antithrombotic therapy for one week after the stent.", "triple-antithrombotic-therapy")]
    [InlineData("Rifabutin triple therapy as the third attempt.", "rifabutin-triple")]
    [InlineData("HPMZ for four months if he can take moxifloxacin.", "hpmz")]
    public void Tag_RegimenByAcronymOrAgents_TaggedAsTheRegimen(string text, string regimen)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Regimen && e.CanonicalId == regimen);
    }

    [Fact]
    public void Tag_EuroLupusRegimen_NotLupusTheDisease()
    {
        Tag("Eurolupus dosing for her nephritis.").Entities.Should().NotContain(e => e.Type == EntityType.Disease);
    }

    [Theory]
    [InlineData("Delamanid was added for the resistant strain.", "delamanid")]
    [InlineData("Clofazimine turned his skin orange.", "clofazimine")]
    [InlineData("Foscarnet for the resistant CMV, watching magnesium.", "foscarnet")]
    [InlineData("Clorazepate at night for years, hard to taper.", "clorazepate")]
    [InlineData("FTC/TAF for PrEP since he has osteopenia.", "emtricitabine/tenofovir alafenamide")]
    [InlineData("Switched to DTG/3TC once the genotype came back.", "dolutegravir/lamivudine")]
    [InlineData("CAB/RPV every two months, he never misses.", "cabotegravir/rilpivirine")]
    [InlineData("BIC/FTC/TAF started the same day.", "bictegravir/emtricitabine/tenofovir alafenamide")]
    [InlineData("SOF/VEL for 12 weeks, genotype 3.", "sofosbuvir/velpatasvir")]
    [InlineData("GLE/PIB for eight weeks in the treatment-naive.", "glecaprevir/pibrentasvir")]
    public void Tag_GenericOrShorthandMissingBefore_TaggedAsTheGeneric(string text, string generic)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Generic && e.CanonicalId == generic);
    }

    [Theory]
    [InlineData("Suprax liquid for the otitis.", "cefixime")]
    [InlineData("Claforan for the neonate, ampicillin alongside.", "cefotaxime")]
    [InlineData("Helidac for fourteen days after the failed triple.", "bismuth subsalicylate/metronidazole/tetracycline")]
    [InlineData("Alkindi Sprinkle for the infant with CAH.", "hydrocortisone")]
    public void Tag_BrandMissingBefore_TaggedAsTheBrandOfItsGeneric(string text, string generic)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Brand && e.CanonicalId == generic);
    }

    [Theory]
    [InlineData("XDR-TB referral, on bedaquiline now.", "A15.0")]
    [InlineData("Cavitary TB in the right upper lobe.", "A15.0")]
    [InlineData("Latent syphilis with an RPR of 1:8.", "A53.0")]
    [InlineData("Congenital syphilis cases are up again.", "A50.9")]
    [InlineData("Primary syphilis with a painless chancre.", "A51.0")]
    [InlineData("A gastrointestinal malignancy was found on the scope.", "C26.9")]
    [InlineData("Head and neck squamous cell cancer on cetuximab.", "C76.0")]
    [InlineData("Menopausal hot flushes kept her up at night.", "N95.1")]
    [InlineData("Group B strep sepsis on day two of life.", "P36.0")]
    [InlineData("Neonatal sepsis workup, ampicillin and gentamicin started.", "P36.9")]
    public void Tag_DiseaseInTheIndexWords_TaggedWithTheIndexCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }
}
