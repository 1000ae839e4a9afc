using Sermo.Ingest.Anonymization;
using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 26's held-out set of issue #14 (Round26/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; over half ordinary case posts, and over a quarter in settings earlier sets did not centre on: medical
/// education, public health and contact tracing, veterans and VA care, peer review and HR disputes, research consent and
/// IRB, involuntary holds and court-ordered treatment, interpreters, concierge practice, hospital security incidents and
/// organ procurement), committed before it was scored (decision 169). Held out in round 26 and scored after it by the
/// lead (0.8700; 24 of 172 identifier-free posts changed); since round 27 it is tuning data (decision 175), so it prints its
/// misses, losses and false hits as round 25's set does.
/// </summary>
public sealed class Round26GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round26 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound26()));

    /// <summary>A regression floor under the first score on main's scrubber (0.8685, 1,129 / 1,300); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.84;

    /// <summary>A regression floor under the first score (0.9976, 408 / 409); issue #14's target is 0.99.</summary>
    public const double RetentionFloor = 0.99;

    /// <summary>A regression floor under the rules alone's first score (0.8308, 1,080 / 1,300).</summary>
    public const double RulesOnlyRecallFloor = 0.80;

    [Fact]
    public void Round26HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round26", Round26.Value);
        output.WriteMissesAndLosses(Round26.Value);
        Round26.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor; the set is tuning data since round 27");
        Round26.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "a regression floor under the first score");
    }

    /// <summary>The set scored by the rules alone: what the rules leave for the learned detector.</summary>
    [Fact]
    public void Round26Set_RulesOnly_PrintsMissesAtLeastRegressionFloor()
    {
        var rulesOnly = GoldScore.Evaluate(new PhiScrubber(model: null), GoldFiles.LoadRound26());
        output.WriteFigures("round26 rules only", rulesOnly);
        output.WriteMissesAndLosses(rulesOnly);
        rulesOnly.Recall.Should().BeGreaterThanOrEqualTo(RulesOnlyRecallFloor);
    }

    [Fact]
    public void Round26HeldOutSet_Shape_398PostsAnd1300IdentifiersAnd170Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound26(), 398, 1300, 170, "r26-hand-", 190);
    }

    [Fact]
    public void Round26HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound26());
    }

    [Fact]
    public void Round26HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound26(), "Round26", "r26-hand-");
    }
}
