using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 5's fresh held-out set of issue #14 (Fresh/: a third generator, hand-typed names and places, hand-written
/// posts), committed before any rule of round 5. Its misses were printed from round 6 on (decision 044): it is tuning data
/// now, and the floors below guard the measured figures against regression and claim no target.
/// </summary>
public sealed class FreshGoldSetEvaluationTests(ITestOutputHelper output)
{
    /// <summary>Measured recall after round 6 (0.9544, tuned on) minus a margin; issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.95;

    private static readonly Lazy<GoldScore> Fresh = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadFresh()));

    [Fact]
    public void FreshHeldOutSet_IdentifierRecall_AtLeastRegressionFloor()
    {
        var s = Fresh.Value;
        output.WriteFigures("fresh", s);
        output.WriteMissesAndLosses(s); // a tuning set since round 6 (decision 044): its misses guide the rules

        s.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor; the set is tuning data since round 6");
    }

    /// <summary>Measured retention after round 6 (0.9908) minus a margin; before round 5 this set scored 0.965.</summary>
    public const double RetentionFloor = 0.985;

    [Fact]
    public void FreshHeldOutSet_ClinicalTermRetention_AtLeastRegressionFloor() =>
        Fresh.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "a regression floor; the set is tuning data since round 6");

    [Fact]
    public void FreshHeldOutSet_Shape_500PostsAnd1000IdentifiersOfEveryKind()
    {
        var posts = GoldFiles.LoadFresh();
        posts.Count.Should().BeGreaterThanOrEqualTo(500);
        posts.Sum(p => p.Identifiers.Count).Should().BeGreaterThanOrEqualTo(1000);
        posts.Count(p => p.Identifiers.Count == 0).Should().BeGreaterThanOrEqualTo(60);
        posts.SelectMany(p => p.Identifiers).Select(i => i.Type).ToHashSet()
            .Should().Contain(["NAME", "DATE", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN", "ACCOUNT", "LICENSE", "NPI", "URL", "ADDRESS", "CITY", "ZIP"]);
        posts.Should().OnlyContain(p => p.Identifiers.All(i => i.Start >= 0 && i.End <= p.Text.Length && i.Start < i.End));
    }
}
