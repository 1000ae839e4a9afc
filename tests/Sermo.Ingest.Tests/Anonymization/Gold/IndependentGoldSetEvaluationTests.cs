using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Issue #14's targets on the independent gold set (Independent/: names and places from sources the scrubber does not
/// use, another generator, hand-written posts). The tuning part prints its misses; the held-out part prints only its
/// figures, so nobody tunes a rule on its sentences. Run the tuning part alone while changing rules
/// (<c>--filter FullyQualifiedName~IndependentTuningPart</c>); the held-out part is scored once a round's rules are done.
/// </summary>
public sealed class IndependentGoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Tune = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadIndependent("tune")));

    private static readonly Lazy<GoldScore> HeldOut = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadIndependent("holdout")));

    [Fact]
    public void IndependentTuningPart_IdentifierRecall_AtLeastIssueTarget()
    {
        Print("tune", Tune.Value);
        foreach (var miss in Tune.Value.Misses)
        {
            output.WriteLine("MISS " + miss);
        }

        Tune.Value.Recall.Should().BeGreaterThanOrEqualTo(GoldSetEvaluationTests.IssueRecallTarget, string.Join("\n", Tune.Value.Misses.Take(40)));
    }

    /// <summary>
    /// Round 4's held-out part: 0.9538 (970/1,017) when scored once in round 4; its misses were then read, so since round 5
    /// it is tuning data (0.9774 after round 5's rules, decision 038) and Fresh/ holds out. The floor guards against regression.
    /// </summary>
    public const double HeldOutRecallFloor = 0.97;

    [Fact]
    public void IndependentHeldOutPart_IdentifierRecall_AtLeastRegressionFloor()
    {
        Print("held-out", HeldOut.Value);
        foreach (var miss in HeldOut.Value.Misses)
        {
            // Round 5: round 4's held-out misses were read, so this part is tuning now; FreshGoldSetEvaluationTests holds out.
            output.WriteLine("MISS " + miss);
        }

        var combined = (double)(Tune.Value.Caught + HeldOut.Value.Caught) / (Tune.Value.Identifiers + HeldOut.Value.Identifiers);
        output.WriteLine($"combined recall {combined:F4}");
        var met = HeldOut.Value.Recall >= GoldSetEvaluationTests.IssueRecallTarget;
        output.WriteLine($"issue target {GoldSetEvaluationTests.IssueRecallTarget}: {(met ? "met" : "NOT met")}; regression floor {HeldOutRecallFloor}");
        HeldOut.Value.Recall.Should().BeGreaterThanOrEqualTo(HeldOutRecallFloor, "held-out misses are not listed, so that no rule is tuned on them");
    }

    [Fact]
    public void IndependentTuningPart_ClinicalTermRetention_AtLeast99Hundredths()
    {
        foreach (var loss in Tune.Value.Losses)
        {
            output.WriteLine("LOSS " + loss);
        }

        Tune.Value.Retention.Should().BeGreaterThanOrEqualTo(0.99);
    }

    [Fact]
    public void IndependentTuningPart_IdentifierFreePosts_NoneScrubbed() =>
        Tune.Value.CleanPostsTouched.Should().Be(0, string.Join("\n", Tune.Value.Losses.Where(l => l.Contains(" FP ", StringComparison.Ordinal))));

    [Fact]
    public void IndependentHeldOutPart_ClinicalTermRetention_AtLeast99Hundredths() =>
        HeldOut.Value.Retention.Should().BeGreaterThanOrEqualTo(0.99, "held-out losses are not listed, so that no rule is tuned on them");

    [Fact]
    public void IndependentHeldOutPart_IdentifierFreePosts_NoneScrubbed() =>
        HeldOut.Value.CleanPostsTouched.Should().Be(0, "held-out false positives are not listed, so that no rule is tuned on them");

    [Fact]
    public void IndependentGoldSet_Shape_HeldOutHas400PostsAndBothPartsCoverEverySafeHarborType()
    {
        var tune = GoldFiles.LoadIndependent("tune");
        var heldOut = GoldFiles.LoadIndependent("holdout");
        heldOut.Count.Should().BeGreaterThanOrEqualTo(400);
        tune.Concat(heldOut).Count(p => p.Identifiers.Count == 0).Should().BeGreaterThanOrEqualTo(200);
        heldOut.Select(p => p.Id).Should().NotIntersectWith(tune.Select(p => p.Id));
        foreach (var part in new[] { tune, heldOut })
        {
            var types = part.SelectMany(p => p.Identifiers).Select(i => i.Type).ToHashSet();
            types.Should().Contain(["NAME", "DATE", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN", "ACCOUNT", "LICENSE", "NPI", "SERIAL", "URL", "IP", "ADDRESS", "CITY", "ZIP", "MENTION"]);
            part.Should().OnlyContain(p => p.Identifiers.All(i => i.Start >= 0 && i.End <= p.Text.Length && i.Start < i.End));
        }
    }

    private void Print(string part, GoldScore s)
    {
        output.WriteLine($"{part}: identifiers {s.Identifiers}, caught {s.Caught}, recall {s.Recall:F4}");
        output.WriteLine($"{part}: clinical terms {s.Terms}, kept {s.TermsKept}, retention {s.Retention:F4}");
        output.WriteLine($"{part}: identifier-free posts {s.CleanPosts}, scrubbed by mistake {s.CleanPostsTouched}");
    }
}
