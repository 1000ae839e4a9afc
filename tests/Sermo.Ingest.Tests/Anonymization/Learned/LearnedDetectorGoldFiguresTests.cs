using Sermo.Ingest.Anonymization;
using Sermo.Ingest.Tests.Anonymization.Gold;
using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Learned;

/// <summary>
/// Every older gold set scored by the rules alone and by the rules with the learned detector (docs/anonymizer.md, round 8).
/// Round 5's fresh set chose the threshold and was never trained on; the others are training data.
/// </summary>
public sealed class LearnedDetectorGoldFiguresTests(ITestOutputHelper output)
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    public static TheoryData<string> Sets => ["gold", "independent-tune", "independent-holdout", "fresh", "round6", "round7", "round8", "round9"];

    [Theory]
    [MemberData(nameof(Sets))]
    public void LearnedDetector_OlderGoldSet_RecallNotBelowRulesAndRetentionAtTarget(string set)
    {
        var posts = Load(set);
        var before = GoldScore.Evaluate(RulesOnly, posts);
        var after = GoldScore.Evaluate(ScrubAssertions.Scrubber, posts);
        output.WriteLine($"{set} rules only:");
        output.WriteFigures(set, before);
        output.WriteLine($"{set} rules + learned detector:");
        output.WriteFigures(set, after);

        after.Caught.Should().BeGreaterThanOrEqualTo(before.Caught, "the learned detector only adds spans");
        after.Retention.Should().BeGreaterThanOrEqualTo(Math.Min(0.99, before.Retention), "clinical words are vetoed before the model scores");
    }

    private static IReadOnlyList<GoldPost> Load(string set) => set switch
    {
        "gold" => GoldFiles.Load(),
        "independent-tune" => GoldFiles.LoadIndependent("tune"),
        "independent-holdout" => GoldFiles.LoadIndependent("holdout"),
        "fresh" => GoldFiles.LoadFresh(),
        "round6" => GoldFiles.LoadRound6(),
        "round7" => GoldFiles.LoadRound7(),
        "round8" => GoldFiles.LoadRound8(),
        _ => GoldFiles.LoadRound9(),
    };
}
