using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

public class DrugClassTaggingTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    [InlineData("Added an SGLT2i last month.", "sglt2i")]
    [InlineData("Both SGLT2 inhibitors and GLP-1 RAs are on the table.", "glp1-ra")]
    [InlineData("Can't get her off the PPIs.", "ppi")]
    [InlineData("He's on three beta-blockers, somehow.", "beta-blocker")]
    [InlineData("Started high intensity statin therapy.", "statin")]
    [InlineData("Failed two biologics already.", "biologic")]
    [InlineData("ACEi/ARB at max dose.", "arb")]
    [InlineData("Sevelamer is the third phosphate binder we tried.", "phosphate-binder")]
    [InlineData("DAAs cure almost everyone now.", "antiviral")]
    [InlineData("Insurance dropped the anti-obesity meds in January.", "anti-obesity")]
    public void Tag_ClassName_TaggedAsDrugClass(string text, string classId)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.DrugClass && e.CanonicalId == classId);
    }

    [Theory]
    [InlineData("Gave dex 40 for four days.", "dexamethasone")]
    [InlineData("On MTX plus SSZ and HCQ.", "sulfasalazine")]
    [InlineData("Switched him to bupe last year.", "buprenorphine")]
    [InlineData("Thrombocytopenia on T-DM1 again.", "ado-trastuzumab emtansine")]
    public void Tag_ShorthandOfAGeneric_TaggedAsTheGeneric(string text, string genericId)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Generic && e.CanonicalId == genericId);
    }

    [Theory]
    [InlineData("Cycle 6 of FOLFOX next week.", "folfox")]
    [InlineData("DLBCL, R-CHOP x6.", "r-chop")]
    [InlineData("Stay on DAPT for a year after the stent.", "dapt")]
    [InlineData("Great response to ipi/nivo.", "ipilimumab-nivolumab")]
    public void Tag_RegimenName_TaggedAsRegimenNotItsDrugs(string text, string regimenId)
    {
        var entities = Tag(text).Entities;

        entities.Should().Contain(e => e.Type == EntityType.Regimen && e.CanonicalId == regimenId);
        entities.Should().NotContain(e => e.Type == EntityType.Generic);
    }

    [Fact]
    public void Tag_RegimenWrittenAsItsGenerics_TaggedAsTheGenerics()
    {
        var entities = Tag("Amivantamab plus carboplatin/pemetrexed per MARIPOSA-2.").Entities;

        entities.Select(e => e.CanonicalId).Should().Contain(["amivantamab", "carboplatin", "pemetrexed"]);
        entities.Should().NotContain(e => e.Type == EntityType.Regimen);
    }

    [Fact]
    public void Tag_ClassNotTaken_Negated()
    {
        Tag("She refuses statins.").Entities.Should().ContainSingle(e => e.CanonicalId == "statin").Which.Negated.Should().BeTrue();
    }

    [Fact]
    public void Tag_AdverseEventFromClass_PairedWithTheClass()
    {
        var result = Tag("Nausea from the chemo was the worst part.");

        result.AdverseEvents.Should().ContainSingle().Which.Drug.CanonicalId.Should().Be("chemotherapy");
    }

    [Theory]
    [InlineData("MRA of the neck was unremarkable.")]
    [InlineData("SBP 82 after the second dose of lisinopril.")]
    public void Tag_AmbiguousAbbreviationWithoutClinicalSense_NotTagged(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type == EntityType.DrugClass || e.Type == EntityType.Disease);
    }

    [Fact]
    public void Tag_ClassAbbreviationAfterTreatmentVerb_Tagged()
    {
        Tag("Nephro wants me to drop the MRA.").Entities.Should().ContainSingle(e => e.CanonicalId == "mra");
    }

    [Fact]
    public void Tag_DiseaseAbbreviationBeforeTimeSpan_StillADisease()
    {
        Tag("Unprovoked PE 4 months ago, on Xarelto.").Entities.Should().Contain(e => e.CanonicalName == "Pulmonary embolism");
    }

    /// <summary>"The pill" is the contraceptive; "the pills" is any pills, so the class's idiom is not pluralised (round 23).</summary>
    [Fact]
    public void Tag_ThePillsInThePlural_NotTheContraceptive()
    {
        Tag("Crush the pills and give them through the PEG.").Entities.Should().NotContain(e => e.CanonicalId == "hormonal-contraceptive");
    }
}
