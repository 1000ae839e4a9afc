using Sermo.Ingest.Anonymization;
using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 20's held-out set of issue #14 (Round20/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; half ordinary case posts where a first name, a relative, a town, an employer, a school or a room slips
/// in, and over a quarter in voices earlier sets did not centre on: forum threads quoting members by handle and "as Dr X
/// said above", M&M and case-conference timelines of dates, posts about named nurses, residents, pharmacists and
/// attendings with pagers and extensions, malpractice and board stories with plaintiffs, law firms, case, claim and
/// complaint numbers, paediatric and family posts with parents, siblings, teachers, schools, daycares and teams, and
/// pasted portal and telehealth messages; word names, "Surname, Given", lower-case and texting names, nicknames,
/// initials, Polish, Czech, Ukrainian, Turkish, Persian, Pashto, Bengali, Tamil, Telugu, Malay, Indonesian, Filipino,
/// Yoruba, Igbo, Somali, Tongan, Māori, Navajo, Cherokee, Québécois, Basque, Catalan, Welsh and Icelandic names, towns
/// named like words without a state, parishes and counties, neighbourhoods and streets, addresses abroad, rural routes
/// and PO boxes, prisons, shelters, churches and employers, passports, driver's licences, provincial cards, student,
/// device, insurance, account and encounter numbers, European and worded dates, ages over 89 in several spellings,
/// international phones, URLs, e-mails and handles), committed before it was scored (decision 143). Held out in round 20
/// and scored before and after it by the lead (0.8560, then 0.8569); since round 21 it is tuning data (decision 150), so it
/// prints its misses and losses as round 19's set does.
/// </summary>
public sealed class Round20GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round20 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound20()));

    /// <summary>A regression floor under the first score on main's scrubber (0.8560, 975 / 1,139); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.83;

    /// <summary>A regression floor under the first score (0.9784, 634 / 648); issue #14's target is 0.99.</summary>
    public const double RetentionFloor = 0.95;

    /// <summary>A regression floor under the rules alone's first score (0.7928, 903 / 1,139).</summary>
    public const double RulesOnlyRecallFloor = 0.77;

    [Fact]
    public void Round20HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round20", Round20.Value);
        output.WriteMissesAndLosses(Round20.Value);
        Round20.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor; the set is tuning data since round 21");
        Round20.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "a regression floor under the first score");
    }

    /// <summary>The set scored by the rules alone: what the rules leave for the learned detector.</summary>
    [Fact]
    public void Round20Set_RulesOnly_PrintsMissesAtLeastRegressionFloor()
    {
        var rulesOnly = GoldScore.Evaluate(new PhiScrubber(model: null), GoldFiles.LoadRound20());
        output.WriteFigures("round20 rules only", rulesOnly);
        output.WriteMissesAndLosses(rulesOnly);
        rulesOnly.Recall.Should().BeGreaterThanOrEqualTo(RulesOnlyRecallFloor);
    }

    [Fact]
    public void Round20HeldOutSet_Shape_390PostsAnd1000IdentifiersAnd120Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound20(), 390, 1000, 120, "r20-hand-", 200);
    }

    [Fact]
    public void Round20HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound20());
    }

    [Fact]
    public void Round20HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound20(), "Round20", "r20-hand-");
    }
}
