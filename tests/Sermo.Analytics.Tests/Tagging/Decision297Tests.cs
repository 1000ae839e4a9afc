using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 46's rules and rows from reading long-r43 (docs/taggers.md "Round 46", decision 297), each on a sentence of its
/// own written for this test: the capitals AC and TC as chemotherapy regimens, bare B12 given as a drug, and the
/// hematology, oncology and rheumatology rows the lexicon lacked.
/// </summary>
public class Decision297Tests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    [InlineData("Triple-negative, so weekly paclitaxel with carboplatin, then AC for four cycles.", "ac")]
    [InlineData("Second cycle of AC next week, Neulasta on day two.", "ac")]
    [InlineData("Node-negative breast cancer, four rounds of TC and then letrozole.", "tc")]
    public void Tag_CapitalsInAChemotherapyPost_AreTheRegimen(string text, string regimen)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Regimen && e.CanonicalId == regimen);
    }

    [Theory]
    [InlineData("Weaned from AC to pressure support by day three.")]
    [InlineData("No AC in her apartment during the heat wave.")]
    [InlineData("Lipids: TC 240, LDL 160, so a statin.")]
    [InlineData("Insulin lispro 6 units ac, and check sugars before every cycle of meals.")]
    public void Tag_CapitalsOutsideChemotherapyOrLowerCase_NoRegimen(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type == EntityType.Regimen);
    }

    [Theory]
    [InlineData("Post-gastrectomy, so folic acid and B12 shots every month.")]
    [InlineData("We started B12 injections, and the numbness improved.")]
    public void Tag_BareB12Given_IsCyanocobalamin(string text)
    {
        Tag(text).Entities.Should().Contain(e => e.Type.IsDrug() && e.CanonicalId == "cyanocobalamin");
    }

    [Theory]
    [InlineData("Her B12 was 140 on the last panel.")]
    [InlineData("Check B12 in anyone on metformin for years.")]
    public void Tag_BareB12Measured_NoDrug(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.CanonicalId == "cyanocobalamin");
    }

    [Theory]
    [InlineData("A young man with sickle trait and a renal medullary carcinoma on CT.", "C64.9")]
    [InlineData("She had scleroderma and the renal crisis came with a BP of 220.", "M34.89")]
    [InlineData("Tumor lysis on day one of treatment for Burkitt lymphoma.", "C83.70")]
    [InlineData("Capecitabine nearly killed him, and DPD deficiency was found afterwards.", "E88.89")]
    [InlineData("Alteplase into the port for a line clot, and it flushed.", "T82.868A")]
    [InlineData("Her brother has an inherited bleeding disorder too.", "D68.9")]
    [InlineData("Painless jaundice turned out to be autoimmune pancreatitis.", "K86.1")]
    [InlineData("Tinzaparin for her cancer-associated VTE, six months at least.", "I82.90")]
    public void Tag_RowsTheLexiconLacked_OneDiseaseByTheIndex(string text, string code)
    {
        Tag(text).Entities.Where(e => e.Type == EntityType.Disease).Select(e => e.CanonicalId).Should().Contain(code)
            .And.NotContain(["C80.1", "C85.90"]);
    }

    [Theory]
    [InlineData("Roxadustat was what she took before moving here.", "roxadustat")]
    [InlineData("Copper gluconate by mouth for the deficiency.", "copper gluconate")]
    [InlineData("Emend IV in the chair before the cisplatin.", "fosaprepitant")]
    public void Tag_DrugsTheLexiconLacked_AreFound(string text, string generic)
    {
        Tag(text).Entities.Should().Contain(e => e.Type.IsDrug() && e.CanonicalId == generic);
    }

    [Fact]
    public void Tag_VesicantsByTheClassName_AreTheClass()
    {
        Tag("Vesicants through a central line only.").Entities.Should().Contain(e => e.Type == EntityType.DrugClass && e.CanonicalId == "vesicant");
    }

    [Fact]
    public void Tag_TestNamedByItsDisease_NoDisease()
    {
        Tag("Stop ordering HIT antibody tests on every low count in the unit.").Entities.Should().NotContain(e => e.Type == EntityType.Disease);
    }
}
