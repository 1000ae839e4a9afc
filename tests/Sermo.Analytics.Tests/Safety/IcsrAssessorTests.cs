using Sermo.Analytics.Posts;
using Sermo.Analytics.Safety;
using Sermo.Analytics.Tagging;
using Sermo.Analytics.Tests.Tagging;
using Sermo.Analytics.Watchlists;

namespace Sermo.Analytics.Tests.Safety;

public class IcsrAssessorTests
{
    private static readonly SafetyProducts Watched = new([
        new Watchlist("northwind", "Northwind", "pharma", [new WatchlistTerm("Eliquis", ["eliquis", "apixaban"]), new WatchlistTerm("Bleeding", ["bleeding"])]),
    ]);

    [Fact]
    public void Assess_FirstHandCaseWithAgeOnWatchedDrug_AllFourCriteriaMetWithEvidence()
    {
        var found = IcsrAssessor.Assess(Tagged("p1", "Started my 78yo patient on Eliquis last month and she came in with a GI bleed."), Watched);

        found.Should().NotBeNull();
        found!.Product.Should().Be("Eliquis");
        found.Substance.Should().Be("apixaban");
        found.Criteria.LooksValid.Should().BeTrue();
        found.Criteria.Patient.Evidence.Should().Contain("78yo");
        found.Criteria.Reporter.Evidence.Should().Contain("Started");
    }

    [Fact]
    public void Assess_GeneralRemarkAboutPatients_PatientAndReporterNotMet()
    {
        var found = IcsrAssessor.Assess(Tagged("p2", "Apixaban causes GI bleeding in elderly patients, everyone knows that."), Watched);

        found.Should().NotBeNull();
        found!.Criteria.Patient.Met.Should().BeFalse();
        found.Criteria.Reporter.Met.Should().BeFalse();
        found.Criteria.LooksValid.Should().BeFalse();
    }

    [Fact]
    public void Assess_AdverseEventOnUnwatchedDrug_NotQueued() =>
        IcsrAssessor.Assess(Tagged("p3", "I started my patient on warfarin and he had a GI bleed."), Watched).Should().BeNull();

    [Fact]
    public void Assess_WatchedDrugWithoutAdverseEvent_NotQueued() =>
        IcsrAssessor.Assess(Tagged("p4", "I started my patient on Eliquis for afib, doing well."), Watched).Should().BeNull();

    [Fact]
    public void Assess_ScrubbedNameInText_CountsAsIdentifiablePatient() =>
        IcsrAssessor.Patient("Eliquis gave [NAME] a retroperitoneal bleed.").Met.Should().BeTrue();

    private static TaggedPost Tagged(string id, string text)
    {
        var tags = SharedTagger.Tagger.Tag(text);
        return new TaggedPost(id, "forum", "author", new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), "Cardiology", "TX", text, 0,
            tags.Entities, tags.AdverseEvents, tags.PostSentiment, tags.SentimentScore);
    }
}
