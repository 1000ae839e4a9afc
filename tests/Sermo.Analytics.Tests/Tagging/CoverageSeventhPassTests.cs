using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// The seventh coverage pass (decision 328, docs/taggers.md "Round 49 (issue #13): a seventh coverage pass, by
/// shorthand"): the abbreviations, clipped, lay and misspelled forms of conditions and the drug nicknames the `tag`
/// verb missed on lists written by form (bench/lexicons/specialty_probe_r49_*.txt), added from
/// bench/lexicons/disease_coverage_r49.txt and drug_coverage_specialty_r49.txt. Every sentence is written here.
/// </summary>
public class CoverageSeventhPassTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    // Cardiology and pulmonary shorthand.
    [InlineData("Admitted with acute on chronic HFrEF after she ran out of her diuretic.", "I50.23")]
    [InlineData("LSPAF for years, he declined another ablation.", "I48.11")]
    [InlineData("Group 2 PH on the right heart cath, the wedge was 28.", "I27.22")]
    [InlineData("Hypercapnic resp failure on arrival, put on BiPAP in the bay.", "J96.02")]
    [InlineData("PLCH in a young smoker with cysts on the CT.", "J84.82")]
    [InlineData("Stage 3b CKD and now the potassium creeps up on the ARB.", "N18.3")]
    // Gastroenterology, hematology and oncology.
    [InlineData("pSBO from adhesions settled with an NG tube and time.", "K56.60")]
    [InlineData("Alc cirrhosis with a new umbilical hernia, the surgeons are wary.", "K70.30")]
    [InlineData("LGL leukemia found when we chased her neutropenia.", "C91.Z0")]
    [InlineData("Bony mets to the spine, radiation oncology saw him today.", "C79.51")]
    [InlineData("VITT two weeks after the vaccine, with a sinus thrombosis.", "D75.84")]
    [InlineData("Thal minor, so the low MCV is not iron this time.", "D56.1")]
    // Neurology, psychiatry and the rest.
    [InlineData("Obstructive hydrocephalus from the colloid cyst, a drain went in overnight.", "G91.1")]
    [InlineData("Cardioembolic stroke in the left MCA territory with an LA appendage clot.", "I63.40")]
    [InlineData("Bipolar d/o on lithium for twenty years and the kidneys are paying for it.", "F31.9")]
    [InlineData("NPSLE with new seizures and a lupus anticoagulant.", "M32.19")]
    [InlineData("Rib fxs on the left after the fall, pain control is the problem.", "S22.49XA")]
    [InlineData("Pre-e at 34 weeks, delivered the next day.", "O14.90")]
    [InlineData("Cavernoma in the pons found after a first seizure.", "D18.02")]
    public void Tag_SeventhPassConcept_TaggedWithItsCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    [InlineData("Enox bridge until the INR is back in range.", "enoxaparin")]
    [InlineData("Warf stopped five days before the colonoscopy.", "warfarin")]
    [InlineData("Sac/val up-titrated as the pressure allows.", "sacubitril/valsartan")]
    [InlineData("Loraz 1 mg for the agitation overnight.", "lorazepam")]
    [InlineData("Mepo monthly and she is off prednisone now.", "mepolizumab")]
    [InlineData("Amoxiclav for the bite wound, seven days.", "amoxicillin/clavulanate")]
    [InlineData("Apresoline and a nitrate because she cannot take an ACE inhibitor.", "hydralazine")]
    public void Tag_SeventhPassDrug_TaggedWithItsGeneric(string text, string generic)
    {
        Tag(text).Entities.Should().Contain(e =>
            (e.Type == EntityType.Brand || e.Type == EntityType.Generic) && e.CanonicalId == generic);
    }

    [Theory]
    // Left out on purpose (two common readings): the operation, a cup, a lab value, the department.
    [InlineData("Lap chole went fine, home the same day.", "chole")]
    [InlineData("We cap the dose at two grams a day.", "cap")]
    [InlineData("He drinks a cup of coffee before clinic.", "cup")]
    [InlineData("LDH was 450 on the morning labs.", "LDH")]
    [InlineData("She was seen in the ED overnight and sent home.", "ED")]
    [InlineData("The STS score put him at intermediate risk for surgery.", "STS")]
    public void Tag_ShorthandWithAnotherSense_NotADiseaseOrDrug(string text, string token)
    {
        var start = text.IndexOf(token, StringComparison.Ordinal);
        Tag(text).Entities.Should().NotContain(e =>
            (e.Type == EntityType.Disease || e.Type == EntityType.Brand || e.Type == EntityType.Generic)
            && e.Start < start + token.Length && e.End > start);
    }
}
