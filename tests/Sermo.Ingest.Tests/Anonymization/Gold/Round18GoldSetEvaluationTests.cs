using Sermo.Ingest.Anonymization;
using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 18's held-out set of issue #14 (Round18/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; mostly case posts where a first name, a relative, a town, an employer, a school or a room slips in,
/// word names as whole names (Birdie Cotton, Storm Steel), "Surname, Given" in sign-outs, ED boards and Markdown
/// tables, lower-case and texting names, nicknames and initials, Korean and Hungarian family-first names, Thai, Hmong,
/// Lao, Greek, Finnish, Scandinavian, Swahili, Zulu, Amharic, Haitian, Samoan, Hawaiian, Brazilian, Dutch, Irish,
/// Armenian and Georgian names; towns named like words without a state, rural routes, HC and PO boxes, APO/FPO/DPO
/// and foreign addresses, workplaces, schools and churches; NHS, RAMQ, OHIP and BC cards, MBI, DEA, NPI, plate, VIN,
/// IP and device numbers; European and worded dates, ages over 89 in words and capitals, international phones and
/// extensions, handles and URLs), committed before it was scored (decision 132). Held out in round 18 and scored before
/// and after it by the lead (0.8081, then 0.8109); since round 19 it is tuning data (decision 140), so it prints its misses
/// and losses as round 17's set does.
/// </summary>
public sealed class Round18GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round18 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound18()));

    /// <summary>A regression floor under the first score on main's scrubber (0.8081, 842 / 1,042); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.78;

    /// <summary>A regression floor under the first score (0.9834, 473 / 481); issue #14's target is 0.99.</summary>
    public const double RetentionFloor = 0.95;

    /// <summary>A regression floor under the rules alone's first score (0.7591, 791 / 1,042).</summary>
    public const double RulesOnlyRecallFloor = 0.73;

    [Fact]
    public void Round18HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round18", Round18.Value);
        output.WriteMissesAndLosses(Round18.Value);
        Round18.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor; the set is tuning data since round 19");
        Round18.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "a regression floor under the first score");
    }

    /// <summary>The set scored by the rules alone: what the rules leave for the learned detector.</summary>
    [Fact]
    public void Round18Set_RulesOnly_PrintsMissesAtLeastRegressionFloor()
    {
        var rulesOnly = GoldScore.Evaluate(new PhiScrubber(model: null), GoldFiles.LoadRound18());
        output.WriteFigures("round18 rules only", rulesOnly);
        output.WriteMissesAndLosses(rulesOnly);
        rulesOnly.Recall.Should().BeGreaterThanOrEqualTo(RulesOnlyRecallFloor);
    }

    [Fact]
    public void Round18HeldOutSet_Shape_400PostsAnd900IdentifiersAnd120Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound18(), 400, 900, 120, "r18-hand-", 200);
    }

    [Fact]
    public void Round18HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound18());
    }

    [Fact]
    public void Round18HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound18(), "Round18", "r18-hand-");
    }
}
