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
/// capitals and Roman numerals), committed before it was scored (decision 138). It prints only its figures, never its
/// misses, so that no rule is tuned on its sentences.
/// </summary>
public sealed class Round19GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round19 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound19()));

    /// <summary>A regression floor under the first score on main's scrubber (0.7975, 894 / 1,121); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.77;

    /// <summary>A regression floor under the first score (0.9800, 786 / 802); issue #14's target is 0.99.</summary>
    public const double RetentionFloor = 0.95;

    [Fact]
    public void Round19HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round19", Round19.Value);
        Round19.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "round-19 misses are not listed, so that no rule is tuned on them");
        Round19.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "round-19 losses are not listed either");
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
