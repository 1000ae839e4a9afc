using Sermo.Analytics.Emerging;

namespace Sermo.Analytics.Tests.Emerging;

public class EmergingTopicScorerTests
{
    private static readonly DateOnly Week = new(2026, 3, 2);
    private static readonly IReadOnlySet<string> NoAreas = new HashSet<string>();
    private static readonly EmergingTopicSettings Settings = new();

    [Fact]
    public void Rank_TermRisingFromNothing_SignificantAndSubPhrasesCollapsed()
    {
        var counts = Background();
        for (var a = 0; a < 8; a++)
        {
            counts.Add(Post($"riser{a}", Week, "cardiology"), [Phrase("lipase elevation"), Phrase("lipase"), Phrase("follow up")], NoAreas);
        }

        var ranked = EmergingTopicScorer.Rank(counts, Week, null, Settings);

        ranked.Select(t => t.Term.Key).Should().Equal("lipase elevation");
        ranked[0].Authors.Should().Be(8);
        ranked[0].PValue.Should().BeLessThan(1e-6);
    }

    [Fact]
    public void Rank_SteadyTerm_NotSignificant()
    {
        var counts = Background();
        for (var a = 0; a < 8; a++)
        {
            counts.Add(Post($"author{a}", Week, "cardiology"), [Phrase("follow up")], NoAreas);
        }

        EmergingTopicScorer.Rank(counts, Week, null, Settings).Should().BeEmpty("'follow up' is as common in every baseline week");
    }

    [Fact]
    public void Rank_FewerAuthorsThanTheFloor_LeftOutHoweverManyPosts()
    {
        var counts = Background();
        for (var post = 0; post < 40; post++)
        {
            counts.Add(Post($"riser{post % 4}", Week, "cardiology"), [Phrase("lipase elevation")], NoAreas);
        }

        EmergingTopicScorer.Rank(counts, Week, null, Settings).Should().BeEmpty("four authors are under the floor of five, whatever they post");
    }

    [Fact]
    public void Rank_BySpecialty_CountsOnlyThatSpecialty()
    {
        var counts = Background();
        for (var w = 0; w <= Settings.BaselineWeeks; w++)
        {
            for (var a = 0; a < 20; a++)
            {
                counts.Add(Post($"oncologist{a}", Week.AddDays(-7 * w), "oncology"), [], NoAreas);
            }
        }

        for (var a = 0; a < 6; a++)
        {
            counts.Add(Post($"oncologist{a}", Week, "oncology"), [Phrase("cold chain")], NoAreas);
        }

        EmergingTopicScorer.Rank(counts, Week, "oncology", Settings).Select(t => t.Term.Key).Should().Equal("cold chain");
        EmergingTopicScorer.Rank(counts, Week, "cardiology", Settings).Should().BeEmpty();
    }

    [Fact]
    public void Rank_SpecialtyWithoutBaseline_NothingToCompareSoEmpty()
    {
        var counts = Background();
        for (var a = 0; a < 6; a++)
        {
            counts.Add(Post($"riser{a}", Week, "oncology"), [Phrase("cold chain")], NoAreas);
        }

        EmergingTopicScorer.Rank(counts, Week, "oncology", Settings).Should().BeEmpty();
    }

    [Fact]
    public void AtLeast_KnownBinomialValues_MatchClosedForm()
    {
        BinomialTail.AtLeast(1, 10, 0.1).Should().BeApproximately(1 - Math.Pow(0.9, 10), 1e-12);
        BinomialTail.AtLeast(10, 10, 0.5).Should().BeApproximately(Math.Pow(0.5, 10), 1e-15);
        BinomialTail.AtLeast(0, 10, 0.5).Should().Be(1);
        BinomialTail.AtLeast(3000, 5000, 0.5).Should().BeGreaterThan(0).And.BeLessThan(1e-40);
    }

    /// <summary>Forty cardiologists a week for the eight baseline weeks and the foreground week, all saying "follow up".</summary>
    private static EmergingTermCounts Background()
    {
        var counts = new EmergingTermCounts();
        for (var w = 0; w <= Settings.BaselineWeeks; w++)
        {
            for (var a = 0; a < 40; a++)
            {
                counts.Add(Post($"author{a}", Week.AddDays(-7 * w), "cardiology"), a % 5 == 0 ? [Phrase("follow up")] : [], NoAreas);
            }
        }

        return counts;
    }

    private static EmergingPost Post(string author, DateOnly day, string specialty) => new(author, day, specialty, "", []);

    private static CandidateTerm Phrase(string key) => new(key, CandidateKind.Phrase, null);
}
