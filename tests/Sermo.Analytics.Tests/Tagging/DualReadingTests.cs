using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>Terms that are both a disease and a drug reaction (VTE, ICH, myocarditis): the reading follows whether a drug is blamed.</summary>
public class DualReadingTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    [InlineData("VTE prophylaxis with enoxaparin.", "VTE")]
    [InlineData("Hypertensive ICH in a 50 year old.", "ICH")]
    [InlineData("Myocarditis after a viral illness.", "Myocarditis")]
    [InlineData("Orthostatic hypotension from his Parkinson disease, getting worse.", "Orthostatic hypotension")]
    public void Tag_NoDrugBlamed_ReadAsDisease(string text, string surface)
    {
        Tag(text).Entities.Should().ContainSingle(e => e.Surface == surface).Which.Type.Should().Be(EntityType.Disease);
    }

    [Fact]
    public void Tag_DrugBlamed_ReadAsAdverseEventAndPaired()
    {
        var result = Tag("New VTE on tofacitinib, so we stopped it.");

        result.Entities.Should().ContainSingle(e => e.Surface == "VTE").Which.Type.Should().Be(EntityType.AdverseEvent);
        result.AdverseEvents.Should().ContainSingle().Which.Drug.CanonicalId.Should().Be("tofacitinib");
    }

    [Fact]
    public void Tag_OrthostaticHypotensionBlamedOnDrug_ReadAsAdverseEvent()
    {
        var result = Tag("Orthostatic hypotension on tamsulosin, so we stopped it.");

        result.Entities.Should().ContainSingle(e => e.Surface == "Orthostatic hypotension").Which.Type.Should().Be(EntityType.AdverseEvent);
    }

    [Theory]
    [InlineData("Discussed at tumor board today.")]
    [InlineData("He fell asleep during the visit.")]
    [InlineData("Celiac plexus block is scheduled.")]
    [InlineData("Interferon gamma release assay came back.")]
    public void Tag_PhraseThatOnlyContainsATerm_NoEntity(string text)
    {
        Tag(text).Entities.Should().BeEmpty();
    }
}
