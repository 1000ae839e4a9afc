using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

public class HypotheticalContextTests
{
    private static readonly ClinicalTagger Tagger = ClinicalTagger.CreateDefault();

    [Theory]
    [InlineData("If she develops pancreatitis on Ozempic we stop it.", "pancreatitis")]
    [InlineData("In case of bleeding on Eliquis, call the clinic.", "bleeding")]
    [InlineData("Should he develop hypoglycemia, cut the glipizide.", "hypoglycemia")]
    public void Tag_FindingAfterHypotheticalTrigger_MarkedHypotheticalNotNegated(string text, string finding)
    {
        var result = Tagger.Tag(text);

        var entity = result.Entities.Single(e => e.Surface.Equals(finding, StringComparison.OrdinalIgnoreCase));
        entity.Hypothetical.Should().BeTrue();
        entity.Uncertain.Should().BeTrue();
        entity.Negated.Should().BeFalse();
        result.AdverseEvents.Should().BeEmpty("a conditional adverse event is not a reported one");
    }

    [Fact]
    public void Tag_FindingThatHappened_NotHypothetical()
    {
        var result = Tagger.Tag("She developed pancreatitis on Ozempic last month.");

        result.Entities.Single(e => e.Surface == "pancreatitis").Hypothetical.Should().BeFalse();
        result.AdverseEvents.Should().ContainSingle();
    }
}
