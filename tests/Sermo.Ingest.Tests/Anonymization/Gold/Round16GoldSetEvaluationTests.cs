using Sermo.Ingest.Anonymization;
using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 16's held-out set of issue #14 (Round16/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; word names beside name parts, "Surname, Given", lower-case and texting-style names, nicknames and
/// initials, Korean, Thai, Hmong, Lao, Greek, Hungarian, Finnish, Scandinavian, East and Southern African, Haitian,
/// Samoan, Hawaiian, Portuguese, Dutch, Irish, Armenian and Georgian names; small towns named like words, APO/FPO/DPO
/// and foreign addresses; NHS, Canadian health card, MBI, DEA, NPI, plate, VIN, IP and device numbers; European and
/// worded dates, ages over 89 in words and capitals, international phones), committed before it was scored
/// (decision 122). Held out in round 16 and scored before and after it by the lead (0.8153 → 0.8228); since round 17 it
/// is tuning data (decision 129), so it prints its misses and losses as round 15's set does.
/// </summary>
public sealed class Round16GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round16 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound16()));

    /// <summary>A regression floor under the first score on main's scrubber (0.8153, 759 / 931); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.78;

    /// <summary>A regression floor under the first score (0.9792, 518 / 529); issue #14's target is 0.99.</summary>
    public const double RetentionFloor = 0.95;

    [Fact]
    public void Round16HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round16", Round16.Value);
        output.WriteMissesAndLosses(Round16.Value);
        Round16.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor; the set is tuning data since round 17");
        Round16.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "a regression floor under the first score");
    }

    /// <summary>The set scored by the rules alone: what the rules leave for the learned detector.</summary>
    [Fact]
    public void Round16Set_RulesOnly_PrintsMissesAtLeastRegressionFloor()
    {
        var rulesOnly = GoldScore.Evaluate(new PhiScrubber(model: null), GoldFiles.LoadRound16());
        output.WriteFigures("round16 rules only", rulesOnly);
        output.WriteMissesAndLosses(rulesOnly);
        rulesOnly.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor);
    }

    [Fact]
    public void Round16HeldOutSet_Shape_400PostsAnd900IdentifiersAnd120Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound16(), 400, 900, 120, "r16-hand-", 200);
    }

    [Fact]
    public void Round16HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound16());
    }

    [Fact]
    public void Round16HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound16(), "Round16", "r16-hand-");
    }
}
