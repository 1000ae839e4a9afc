using Sermo.Ingest.Anonymization;
using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 19's held-out set of issue #14 (Round19/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; half ordinary case posts where a first name, a relative, a town, an employer, a school or a room slips
/// in, and over a quarter in voices earlier sets had less of: sign-outs and handovers with "Surname, Given" and bed or
/// bay numbers, pasted referral letters and discharge summaries, group-chat threads quoting a colleague, and posts from
/// the UK, Canada, Australia, India, Ireland, New Zealand and South Africa with their own numbers (NHS, CHI, OHIP, BC
/// PHN, RAMQ, Medicare, NHI, PPSN, Aadhaar, SA ID) and postcodes; word names, lower-case and texting names, nicknames,
/// handles, the cultures the issue lists, towns named like words without a state, APO/FPO/DPO, Mexican colonias,
/// rural routes, DEA/NPI, MBI, plate, VIN, serial and IP numbers, European and worded dates, ages over 89 in words,
/// capitals and Roman numerals), committed before it was scored (decision 138). Held out in round 19 and scored before
/// and after it by the lead (0.7975, then 0.8064); since round 20 it is tuning data (decision 145), so it prints its misses
/// and losses as round 18's set does.
/// </summary>
public sealed class Round19GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round19 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound19()));

    /// <summary>A regression floor under the first score on main's scrubber (0.7975, 894 / 1,121); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.77;

    /// <summary>A regression floor under the first score (0.9800, 786 / 802); issue #14's target is 0.99.</summary>
    public const double RetentionFloor = 0.95;

    /// <summary>A regression floor under the rules alone's first score (0.7565, 848 / 1,121).</summary>
    public const double RulesOnlyRecallFloor = 0.73;

    [Fact]
    public void Round19HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round19", Round19.Value);
        output.WriteMissesAndLosses(Round19.Value);
        Round19.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor; the set is tuning data since round 20");
        Round19.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "a regression floor under the first score");
    }

    /// <summary>The set scored by the rules alone: what the rules leave for the learned detector.</summary>
    [Fact]
    public void Round19Set_RulesOnly_PrintsMissesAtLeastRegressionFloor()
    {
        var rulesOnly = GoldScore.Evaluate(new PhiScrubber(model: null), GoldFiles.LoadRound19());
        output.WriteFigures("round19 rules only", rulesOnly);
        output.WriteMissesAndLosses(rulesOnly);
        rulesOnly.Recall.Should().BeGreaterThanOrEqualTo(RulesOnlyRecallFloor);
    }

    [Fact]
    public void Round19HeldOutSet_Shape_400PostsAnd900IdentifiersAnd120Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound19(), 400, 900, 120, "r19-hand-", 200);
    }

    [Fact]
    public void Round19HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound19());
    }

    [Fact]
    public void Round19HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound19(), "Round19", "r19-hand-");
    }
}
