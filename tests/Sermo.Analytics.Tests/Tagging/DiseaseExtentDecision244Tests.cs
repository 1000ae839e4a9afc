using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Decision 244: disease spans whose extent or variant form the lexicon alone cannot settle. Each rule has cases that
/// read the disease and counterparts that must not. Sentences written for this test.
/// </summary>
public class DiseaseExtentDecision244Tests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    private static void ShouldReadDisease(string text, string surface, string code) =>
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.Surface == surface && e.CanonicalId == code);

    [Theory]
    [InlineData("Her grandmother has type 2. We started metformin for her own prediabetes.", "type 2", "E11.9")]
    [InlineData("Type 1 since age nine, now 40M, on an insulin pump and doing well.", "Type 1", "E10.9")]
    [InlineData("A1c of 8.4 in a 61F with type 2 on glipizide alone.", "type 2", "E11.9")]
    [InlineData("Euglycemic DKA in a type 1 who was started on an SGLT2 inhibitor for weight.", "type 1", "E10.9")]
    [InlineData("Glucose logs from my type 1 kids look better on the closed loop.", "type 1", "E10.9")]
    public void Tag_DiabetesByTypeAloneInAPostAboutDiabetes_Diabetes(string text, string surface, string code)
    {
        ShouldReadDisease(text, surface, code);
    }

    [Theory]
    // The type modifies the noun after it.
    [InlineData("Troponin bump after the bleed, probably a type 2 MI. His insulin was held overnight.")]
    [InlineData("Rash within minutes, a type 1 reaction, and his glucose was fine.")]
    // The type belongs to the disease before it.
    [InlineData("Narcolepsy type 1 in a 20F, and her glucose is normal.")]
    [InlineData("Amiodarone thyrotoxicosis, type 2 vs type 1? Glucose is normal and no insulin is needed.")]
    // Nothing in the post is about diabetes.
    [InlineData("Her sister has type 1 and the family wants genetic testing for the narcolepsy.")]
    public void Tag_TypeWordsThatNameNoDiabetes_NoDiabetes(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.CanonicalId == "E10.9" || (e.CanonicalId == "E11.9" && e.Surface.StartsWith("type", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Tag_TypeWordsInsideTheLexiconsOwnTerm_OneSpan()
    {
        var diseases = Tag("New type 2 diabetes at 45 with an A1c of 10.").Entities.Where(e => e.Type == EntityType.Disease).ToList();
        diseases.Should().ContainSingle().Which.Surface.Should().Be("type 2 diabetes");
    }

    [Theory]
    // Gout and osteoporosis would back ankylosing spondylitis; the grade names the valve.
    [InlineData("Gout and osteoporosis on allopurinol and alendronate, 84M, and now severe AS on the echo.", "AS", "I35.0")]
    [InlineData("Lupus on hydroxychloroquine and a rituximab course, and moderate MS from childhood rheumatic fever.", "MS", "I05.0")]
    public void Tag_GradeWordBeforeAValveAbbreviation_ValveReading(string text, string surface, string code)
    {
        ShouldReadDisease(text, surface, code);
    }

    [Fact]
    public void Tag_UngradedAbbreviationInARheumatologyPost_SpecialtyStillDecides()
    {
        Tag("Started Cosentyx for his AS after two NSAIDs failed, and the gout is quiet on allopurinol.").Entities
            .Should().Contain(e => e.Surface == "AS" && e.CanonicalId == "M45.9");
    }

    [Theory]
    [InlineData("Toe ulcer that probes to bone, so we treat it as osteo until the MRI says otherwise.", "osteo")]
    [InlineData("Osteo of the calcaneus under a heel ulcer, six weeks of cefazolin planned.", "Osteo")]
    public void Tag_ClippedOsteomyelitis_Osteomyelitis(string text, string surface)
    {
        ShouldReadDisease(text, surface, "M86.9");
    }

    [Fact]
    public void Tag_OsteoInsideALongerTerm_LongerTermOnly()
    {
        Tag("Diabetic foot osteo again, third admission this year.").Entities
            .Should().Contain(e => e.Surface == "Diabetic foot osteo" && e.CanonicalId == "E11.69").And.NotContain(e => e.CanonicalId == "M86.9");
    }

    [Theory]
    [InlineData("Resistant hypertension on four drugs, so we are screening for Conn's with a renin level.", "Conn's", "E26.01")]
    [InlineData("Low ceruloplasmin in a 19M with tremor; Wilson's is the worry.", "Wilson's", "E83.01")]
    public void Tag_EponymAloneInItsPossessive_TheEponymsDisease(string text, string surface, string code)
    {
        ShouldReadDisease(text, surface, code);
    }

    [Theory]
    [InlineData("Dr. Wilson saw her in clinic and the Wilsons drove her home.")]
    [InlineData("Conn and his wife asked about the new blood pressure pill.")]
    public void Tag_EponymAsASurname_NoDisease(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type == EntityType.Disease);
    }
}
