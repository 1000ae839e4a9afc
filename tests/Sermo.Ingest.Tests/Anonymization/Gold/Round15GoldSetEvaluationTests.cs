using Sermo.Ingest.Anonymization;
using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 15's held-out set of issue #14 (Round15/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; names that are words and names in lower case, names from many languages and with two surnames,
/// relatives by name, dates as words and relative to holidays, ages over 89, phones with extensions and split over
/// lines, tables, claim, member and device numbers), committed before it was scored (decision 117). Held out in round 15
/// and scored before and after it by the lead (0.8091 → 0.832); since round 16 it is tuning data (decision 124), so it
/// prints its misses and losses as round 14's set does. It stays out of the name detector's training posts, so that its
/// figure with the detector still says what the detector does on posts it never saw.
/// </summary>
public sealed class Round15GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round15 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound15()));

    /// <summary>A regression floor under the first score on main's scrubber (0.8091, 729 / 901); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.78;

    /// <summary>A regression floor under the first score (0.9982, 569 / 570); issue #14's target is 0.99.</summary>
    public const double RetentionFloor = 0.97;

    [Fact]
    public void Round15HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round15", Round15.Value);
        output.WriteMissesAndLosses(Round15.Value);
        Round15.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor; the set is tuning data since round 16");
        Round15.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "a regression floor under the first score");
    }

    /// <summary>The set scored by the rules alone: what the rules leave for the learned detector.</summary>
    [Fact]
    public void Round15Set_RulesOnly_PrintsMissesAtLeastRegressionFloor()
    {
        var rulesOnly = GoldScore.Evaluate(new PhiScrubber(model: null), GoldFiles.LoadRound15());
        output.WriteFigures("round15 rules only", rulesOnly);
        output.WriteMissesAndLosses(rulesOnly);
        rulesOnly.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor);
    }

    [Fact]
    public void Round15HeldOutSet_Shape_400PostsAnd880IdentifiersAnd120Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound15(), 400, 880, 120, "r15-hand-", 200);
    }

    [Fact]
    public void Round15HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound15());
    }

    [Fact]
    public void Round15HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound15(), "Round15", "r15-hand-");
    }
}
