using Sermo.Analytics.Tagging;
using Sermo.Analytics.Tagging.Evaluation;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 22's families (docs/taggers.md "Round 22", decision 156), each on a sentence of its own and with surfaces
/// long-r21 does not use: a disease the ICD-10-CM index codes apart when a type, cause or setting qualifies it
/// (bacterial, tuberculous, microcytic, peripartum, a prosthetic valve's infection), eponyms physicians write in the
/// possessive, and codes the index gives otherwise than the lexicon held (renal artery stenosis, smoldering myeloma).
/// </summary>
public class Round22FamilyTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    [InlineData("Pneumococcal meningitis in a 70 year old, dexamethasone first.", "G00.1")]
    [InlineData("Aseptic meningitis after the IVIG, cultures negative.", "G03.0")] // decision 349: an inclusion term of G03.0
    [InlineData("Tuberculous meningitis with hydrocephalus in a child.", "A17.0")]
    [InlineData("Tuberculous pericarditis, constrictive physiology on echo.", "A18.84")]
    [InlineData("Bacterial pneumonias in the ICU are mostly gram negative.", "J15.9")]
    [InlineData("Macrocytic anemia with normal B12 and folate.", "D53.9")]
    [InlineData("Hypochromic anemia and a normal ferritin, check the hemoglobin electrophoresis.", "D50.9")]
    [InlineData("Postpartum cardiomyopathy with an EF of 25%.", "O90.3")]
    [InlineData("Infected prosthetic valve, redo surgery planned.", "T82.6XXA")]
    [InlineData("Ludwig angina, airway secured in the OR.", "K12.2")]
    [InlineData("Variant CJD is vanishingly rare now.", "A81.01")]
    [InlineData("OA of both knees, injections help.", "M17.9")]
    [InlineData("Herpes simplex encephalitis, acyclovir for 21 days.", "B00.4")]
    [InlineData("Type 4 RTA from his diabetes, potassium 5.8.", "N25.89")]
    [InlineData("Toxic synovitis of the hip in a 5 year old.", "M67.30")]
    [InlineData("Infected hydronephrosis behind a ureteral stone, urology to decompress.", "N13.6")]
    [InlineData("Acute epiglottitis in a vaccinated adult.", "J05.10")]
    [InlineData("Tarsal tunnel syndrome after the ankle fracture.", "G57.50")]
    public void Tag_Round22QualifiedCondition_TaggedWithTheIndexCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    [InlineData("Macrocytic anemia with normal B12 and folate.", "D64.9")]
    [InlineData("Pneumococcal meningitis in a 70 year old, dexamethasone first.", "G03.9")]
    [InlineData("Postpartum cardiomyopathy with an EF of 25%.", "I42.9")]
    [InlineData("Infected prosthetic valve, redo surgery planned.", "I33.0")]
    public void Tag_Round22QualifiedCondition_NotTheBareCondition(string text, string bareCode)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type == EntityType.Disease && e.CanonicalId == bareCode);
    }

    [Theory]
    [InlineData("Adult-onset Still's flare with ferritin over 10,000.", "M06.1")]
    [InlineData("Sporadic CJD, RT-QuIC positive.", "A81.00")]
    public void Tag_EponymInThePossessive_TaggedWithItsCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    [InlineData("Renal artery stenosis on the duplex, both sides.", "I70")]
    [InlineData("Smouldering myeloma, observation for now.", "D47")]
    [InlineData("Covid pneumonia on room air, no dexamethasone.", "U07")]
    public void Tag_ConditionCodedByTheIndex_TaggedInItsCategory(string text, string category)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId.StartsWith(category, StringComparison.Ordinal));
    }
}
