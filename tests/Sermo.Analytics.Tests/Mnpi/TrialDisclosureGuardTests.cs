using Sermo.Analytics.Learning;
using Sermo.Analytics.Mnpi;
using Xunit.Abstractions;

namespace Sermo.Analytics.Tests.Mnpi;

public class TrialDisclosureGuardTests(ITestOutputHelper output)
{
    private static readonly string HeldOutPath = Path.Combine(RepoRoot(), "samples", "labels", "mnpi", "held-out.tsv");

    [Fact]
    public void Labels_TuningAndHeldOut_AtLeast300SentencesNoneShared()
    {
        var tuning = TrialDisclosureLabels.Tuning();
        var heldOut = ReadHeldOut();

        (tuning.Count + heldOut.Count).Should().BeGreaterThanOrEqualTo(300);
        heldOut.Select(r => r.Text).Intersect(tuning.Select(r => r.Text)).Should().BeEmpty();
        heldOut.Count(r => r.Label == TrialDisclosureLabels.Disclosure).Should().BeGreaterThanOrEqualTo(30);
    }

    [Fact]
    public void Check_HeldOutSentences_PrecisionAndRecallAboveFloors()
    {
        var heldOut = ReadHeldOut();
        var guard = TrialDisclosureGuard.Default;
        var verdicts = heldOut.Select(r => (Gold: r.Label == TrialDisclosureLabels.Disclosure, Verdict: guard.Check(r.Text))).ToList();

        var combined = Score(verdicts.Select(v => (v.Gold, v.Verdict.Flagged)));
        var rules = Score(verdicts.Select(v => (v.Gold, v.Verdict.ByRules)));
        var model = Score(verdicts.Select(v => (v.Gold, v.Verdict.Score >= TrialDisclosureGuard.Threshold)));
        output.WriteLine($"held-out {heldOut.Count}: combined P {combined.Precision:F3} R {combined.Recall:F3}; rules P {rules.Precision:F3} R {rules.Recall:F3}; classifier P {model.Precision:F3} R {model.Recall:F3}");

        // Floors, not targets: they catch a broken model or rule, and sit under what the held-out part gave (docs/mnpi-guard.md).
        combined.Recall.Should().BeGreaterThanOrEqualTo(0.7);
        combined.Precision.Should().BeGreaterThanOrEqualTo(0.7);
    }

    [Theory]
    [InlineData("As site PI on the trial I can say the interim data look great, not public yet.", true)]
    [InlineData("The published interim data were presented at ASCO and looked great.", false)]
    public void Check_InsiderVersusPublishedInterim_RulesTellApart(string text, bool flagged) =>
        TrialDisclosureRules.Flags(TrialDisclosureRules.Cues(text)).Should().Be(flagged);

    private static (double Precision, double Recall) Score(IEnumerable<(bool Gold, bool Flagged)> rows)
    {
        var list = rows.ToList();
        var tp = list.Count(r => r.Gold && r.Flagged);
        var fp = list.Count(r => !r.Gold && r.Flagged);
        var fn = list.Count(r => r.Gold && !r.Flagged);
        return (tp + fp == 0 ? 0 : (double)tp / (tp + fp), tp + fn == 0 ? 0 : (double)tp / (tp + fn));
    }

    private static IReadOnlyList<LabeledText> ReadHeldOut()
    {
        using var reader = new StreamReader(HeldOutPath);
        return TrialDisclosureLabels.Read(reader);
    }

    private static string RepoRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Sermo.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Sermo.sln not found above the test binaries");
    }
}
