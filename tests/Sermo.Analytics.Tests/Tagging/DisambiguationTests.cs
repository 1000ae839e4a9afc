using Sermo.Analytics.Tagging;
using Sermo.Analytics.Tagging.Disambiguation;

namespace Sermo.Analytics.Tests.Tagging;

public class DisambiguationTests
{
    private static readonly Lazy<IReadOnlyList<ContextExample>> Training = new(() => DisambiguationContexts.Load(Path.Combine(TaggingTestData.Folder("Disambiguation"), "contexts-train.txt")));
    private static readonly Lazy<IReadOnlyList<ContextExample>> HeldOut = new(() => DisambiguationContexts.Load(Path.Combine(TaggingTestData.Folder("Disambiguation"), "contexts-heldout.txt")));

    [Fact]
    public void Contexts_Loaded_AtLeast300WithAHeldOutThird()
    {
        (Training.Value.Count + HeldOut.Value.Count).Should().BeGreaterThanOrEqualTo(300);
        HeldOut.Value.Should().HaveCountGreaterThanOrEqualTo(100);
        HeldOut.Value.Select(c => c.Label).Distinct().Should().HaveCount(2);
    }

    [Fact]
    public void EmbeddedModel_PredictsLikeTheModelTheCommandTrains()
    {
        var (_, trained) = AmbiguityComparison.Run(SharedTagger.RulesTagger, Training.Value, HeldOut.Value, []);
        var features = HeldOut.Value.SelectMany(c => SharedTagger.RulesTagger.FindAmbiguityCandidates(c.Text)).Select(c => c.Features).ToList();

        features.Should().NotBeEmpty();
        SharedTagger.Disambiguation.Predict(features).Should().Equal(trained.Predict(features));
    }

    [Fact]
    public void Compare_OnHeldOutContexts_ScoresRulesAndModelOnTheSameCandidates()
    {
        var (report, _) = AmbiguityComparison.Run(SharedTagger.RulesTagger, Training.Value, HeldOut.Value, []);

        var heldOut = report.Parts.Should().ContainSingle().Subject;
        heldOut.Rules.Count.Should().Be(heldOut.Model.Count).And.BeGreaterThan(90);
        report.CrossValidation.Keys.Should().Contain(report.Trainer);
    }

    [Theory]
    [InlineData("hx of MS, now with new optic neuritis.", "MS")]
    [InlineData("Watchman placed last week, no leak on TEE.", "Watchman")]
    public void Tag_ClinicalSense_Kept(string text, string surface)
    {
        SharedTagger.Tagger.Tag(text).Entities.Should().Contain(e => e.Surface == surface);
    }

    [Theory]
    [InlineData("Got my MS in biostatistics before med school.", "MS")]
    [InlineData("The night watchman found him down in the lobby.", "watchman")]
    [InlineData("Sent him to UC for stitches.", "UC")]
    public void Tag_OtherSense_Dropped(string text, string surface)
    {
        SharedTagger.Tagger.Tag(text).Entities.Should().NotContain(e => e.Surface == surface);
    }

    [Fact]
    public void FindAmbiguityCandidates_LowercaseAbbreviation_NotEligible()
    {
        var candidate = SharedTagger.Tagger.FindAmbiguityCandidates("we did it as planned").Should().ContainSingle().Subject;

        candidate.Surface.Should().Be("as");
        candidate.Eligible.Should().BeFalse();
        candidate.RuleKeeps.Should().BeFalse();
    }

    [Fact]
    public void LoadContexts_TermNotInText_FailsNamingTheLine()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["# header", "+|MS|hx of MS", "-|RA|nothing here"]);

            var load = () => DisambiguationContexts.Load(path);

            load.Should().Throw<InvalidDataException>().WithMessage("*:3:*");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
