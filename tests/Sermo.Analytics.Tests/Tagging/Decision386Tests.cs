namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Decision 386's rules and rows from reading long-r51, each on a sentence of its own written for this test: "AD" in a
/// cord-injury post as autonomic dysreflexia, a cord injury by its level and initials, a nonunion after a fusion, bare potassium and albumin given
/// by an amount or route or pointed back to, bare calcium a patient is kept on, and the orthopaedic
/// rows the lexicon lacked.
/// </summary>
public class Decision386Tests
{
    [Theory]
    [InlineData("T5 paraplegic with a pounding headache and a BP of 200; AD until proven otherwise, so check the catheter.")]
    [InlineData("Autonomic dysreflexia again in my C7 tetraplegia patient. His AD always starts with a full bladder.")]
    public void Tag_AdInACordInjuryPost_IsAutonomicDysreflexia(string text)
    {
        var ids = SharedTagger.DiseaseIds(text).ToList();
        ids.Should().Contain("G90.4");
        ids.Should().NotContain("G30.9").And.NotContain("L20.9");
    }

    [Fact]
    public void Tag_AdInAMemoryPost_StaysAlzheimers()
    {
        SharedTagger.DiseaseIds("Her AD has moved on fast, MMSE 14 now, and donepezil is not doing much.").Should().NotContain("G90.4");
    }

    [Theory]
    [InlineData("Motorbike crash last spring left him with a T8 SCI and a neurogenic bowel.", "S24.109A")]
    [InlineData("A C5 SCI from a diving injury, now on the rehab unit.", "S14.109A")]
    [InlineData("Six months after the ORIF the tibia shows a nonunion on CT.", "M84.10")]
    [InlineData("Periprosthetic fracture below the stem after a fall at home.", "M97.9XXA")]
    [InlineData("His cobalt toxicity from the old metal hip shows up as hearing loss.", "T56.891A")]
    [InlineData("Greater trochanteric pain in a runner, worse lying on that side.", "M70.60")]
    [InlineData("A proximal hamstring avulsion from a fall on the ski slope.", "S76.319A")]
    [InlineData("Lumbar spinal stenosis with neurogenic claudication, walks two blocks before he sits.", "M48.062")]
    public void Tag_RowsAdded_FindTheDisease(string text, string code)
    {
        SharedTagger.DiseaseIds(text).Should().Contain(code);
    }

    [Fact]
    public void Tag_LevelledCordInjury_NotTheUnleveledCode()
    {
        SharedTagger.DiseaseIds("A T11 SCI after a fall from a roof, wheelchair since.").Should().NotContain("T09.3");
    }

    [Fact]
    public void Tag_NonunionAfterASpinalFusion_IsPseudarthrosis()
    {
        var ids = SharedTagger.DiseaseIds("Two-level fusion last year and the CT now shows a nonunion at L5-S1.").ToList();
        ids.Should().Contain("M96.0");
        ids.Should().NotContain("M84.10");
    }

    [Fact]
    public void Tag_StenosisWithClaudicationAsOnePhrase_OneDisease()
    {
        SharedTagger.DiseaseIds("Lumbar spinal stenosis with neurogenic claudication in a farmer.").Should().ContainSingle();
    }

    [Theory]
    [InlineData("DKA with a K of 3.2, so plenty of potassium in the first hours.")]
    [InlineData("Vomiting for days and she needed aggressive potassium overnight.")]
    [InlineData("Switched him to oral potassium for the weekend.")]
    public void Tag_PotassiumGivenByAmountOrRoute_IsPotassiumChloride(string text)
    {
        SharedTagger.DrugIds(text).Should().Contain("potassium chloride");
    }

    [Fact]
    public void Tag_AlbuminPointedBackTo_IsTheDrugTwice()
    {
        var text = "Paracentesis of six liters, then gave albumin. Pressure held up after the albumin.";
        SharedTagger.Tagger.Tag(text).Entities.Count(e => e.CanonicalId == "albumin human").Should().Be(2);
    }

    [Fact]
    public void Tag_AlbuminAsTheLab_NoDrug()
    {
        SharedTagger.DrugIds("Nephrotic and the albumin was 1.8 this morning.").Should().NotContain("albumin human");
    }

    [Fact]
    public void Tag_AlbuminRecheckedAfterGiven_OnlyTheGivenOne()
    {
        var text = "Gave albumin on Monday and rechecked the albumin on Friday.";
        SharedTagger.Tagger.Tag(text).Entities.Count(e => e.CanonicalId == "albumin human").Should().Be(1);
    }

    [Fact]
    public void Tag_B12LevelAfterShotsGiven_OnlyTheShots()
    {
        var text = "Started B12 shots last month, and the omeprazole does not help the B12 either.";
        SharedTagger.Tagger.Tag(text).Entities.Count(e => e.CanonicalId == "cyanocobalamin").Should().Be(1);
    }

    [Theory]
    [InlineData("She stays on calcium after the denosumab course.")]
    [InlineData("He was already on calcium when the fracture happened.")]
    public void Tag_CalciumThePatientIsKeptOn_IsCalciumCarbonate(string text)
    {
        SharedTagger.DrugIds(text).Should().Contain("calcium carbonate");
    }

    [Fact]
    public void Tag_CalciumWithoutAKeepingVerb_NoDrug()
    {
        SharedTagger.DrugIds("The thiazide has some effect on calcium excretion.").Should().NotContain("calcium carbonate");
    }
}
