using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 17's held-out set of issue #14 (Round17/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; word names beside name parts and as whole names (Clay Mason, April May June), "Surname, Given" in
/// sign-outs, boards and wristbands, lower-case, texting-style and misspelt names, nicknames, titles and initials,
/// Korean, Thai, Hmong, Lao, Greek, Hungarian, Finnish, Scandinavian, Swahili, Zulu, Amharic, Haitian, Samoan,
/// Hawaiian, Brazilian, Dutch, Irish, Armenian and Georgian names; towns named like words or given names without a
/// state, rural routes, PO boxes, APO/FPO/DPO and foreign addresses, workplaces and churches; NHS, RAMQ, Ontario card,
/// MBI, DEA, NPI, plate, VIN, IP and device numbers; European and worded dates, ages over 89 in words and capitals,
/// international phones and extensions, handles and URLs), committed before it was scored (decision 127). It prints
/// only its figures, never its misses, so that no rule is tuned on its sentences.
/// </summary>
public sealed class Round17GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round17 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound17()));

    /// <summary>A regression floor under the first score on main's scrubber (0.8596, 833 / 969); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.83;

    /// <summary>A regression floor under the first score (0.9771, 512 / 524); issue #14's target is 0.99.</summary>
    public const double RetentionFloor = 0.95;

    [Fact]
    public void Round17HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round17", Round17.Value);
        Round17.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "round-17 misses are not listed, so that no rule is tuned on them");
        Round17.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "round-17 losses are not listed either");
    }

    [Fact]
    public void Round17HeldOutSet_Shape_400PostsAnd900IdentifiersAnd120Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound17(), 400, 900, 120, "r17-hand-", 200);
    }

    [Fact]
    public void Round17HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound17());
    }

    [Fact]
    public void Round17HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound17(), "Round17", "r17-hand-");
    }
}
